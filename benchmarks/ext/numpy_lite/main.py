# numpy_lite: build a 10^6-element array with arange and sum it, ten times, plus the
# element-wise and buffer paths once per round.
import numpy_lite as np


def main():
    total = 0.0
    for _ in range(10):
        a = np.arange(1_000_000)
        total += a.sum()
        b = a * 2.0 + 1.0
        total += b.mean()
        total += len(memoryview(a))
    print(total)


main()
