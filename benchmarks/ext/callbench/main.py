# 10^7 calls of a METH_O and 10^7 calls of a METH_FASTCALL C function.
import callbench


def main():
    ident = callbench.ident
    first = callbench.first
    n = 0
    for i in range(10_000_000):
        n += ident(1)
    for i in range(10_000_000):
        n += first(1, i)
    print(n)


main()
