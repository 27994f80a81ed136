print("a")
raise ValueError(1)
