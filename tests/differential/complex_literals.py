z = 3j
w = 1.5 + 2j
print(z, w, type(z).__name__, z * z, abs(3 + 4j), w.conjugate(), w.real, w.imag)
print(1j ** 2, (1 + 2j) / (3 - 4j), -2j, 0j, 1e3j, repr(0.1j))
print(complex(1, 2) == 1 + 2j, hash(2 + 0j) == hash(2), (1j).imag)
vals = [2j, 1 + 1j, -1 - 1j]
print(sorted(vals, key=abs), sum(vals), [v * 2 for v in vals])
try:
    1j < 2j
except TypeError as e:
    print("TypeError:", e)
try:
    (1 + 1j) / 0j
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
