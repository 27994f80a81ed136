def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for v in [0, 1, 127, 128, 255, 256, -1, -128, -129, 2**64, -2**64, 2**63-1]:
    for n in [0, 1, 2, 9, 10]:
        for s in [False, True]:
            t(lambda: v.to_bytes(n, 'big', signed=s))
            t(lambda: v.to_bytes(n, byteorder='little', signed=s))
t(lambda: (1).to_bytes(-1))
t(lambda: (1).to_bytes(1, 'middle'))
t(lambda: (1).to_bytes(1, 5))
t(lambda: int.from_bytes('a'))
t(lambda: int.from_bytes(5))
t(lambda: int.from_bytes([1, 256]))
t(lambda: int.from_bytes(b''))
t(lambda: int.from_bytes(b'', signed=True))
t(lambda: int.from_bytes(b'\x80', signed=True))
t(lambda: int.from_bytes((1, 2), 'little', signed=True))
t(lambda: True.as_integer_ratio())
t(lambda: (2**70).bit_count())
t(lambda: (-7).bit_count())
class I(int):
    def __new__(cls, v):
        print('new', v)
        return super().__new__(cls, v)
t(lambda: I.from_bytes(b'\x02'))
class B:
    def __bytes__(self): return b'\x01\x02'
t(lambda: int.from_bytes(B()))
t(lambda: (5).__floor__())
