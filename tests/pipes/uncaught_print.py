for i in range(200000):
    print("line", i)
