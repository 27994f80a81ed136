import sys
sys.setrecursionlimit(200000)
print("start")
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(100000))
def fact(n, acc=1):
    if n <= 1:
        return acc
    return fact(n - 1, acc * n)
print(len(str(fact(20000))))
