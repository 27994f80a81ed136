thing = 1
print("broken loading")
1 / 0
