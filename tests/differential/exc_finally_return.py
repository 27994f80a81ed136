def f1():
    try:
        return "try"
    finally:
        print("f1 finally runs")

def f2():
    try:
        return "try"
    finally:
        return "finally wins"

def f3():
    try:
        raise ValueError("swallowed")
    finally:
        return "finally swallows exception"

def f4():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("x set to", x)

def f5():
    for i in range(5):
        try:
            if i == 2:
                break
            print("loop", i)
        finally:
            print("finally", i)
    return i

def f6():
    out = []
    for i in range(4):
        try:
            if i % 2 == 0:
                continue
            out.append(i)
        finally:
            out.append("f" + str(i))
    return out

def f7():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")

def f8():
    count = 0
    while True:
        try:
            count += 1
            if count == 3:
                return count
        finally:
            print("while finally", count)

print(f1())
print(f2())
print(f3())
print(f4())
print(f5())
print(f6())
print(f7())
print(f8())
