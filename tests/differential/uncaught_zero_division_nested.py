def level3(x):
    print("level3 got", x)
    return 100 // x

def level2(x):
    print("level2")
    return level3(x - 1) + 1

def level1(x):
    print("level1")
    return level2(x) * 2

print(level1(5))
print(level1(1))
print("never printed")
