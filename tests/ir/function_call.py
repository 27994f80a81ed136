def add(a, b=2):
    return a + b


print(add(1))
