# int.to_bytes / int.from_bytes round trips, as a serializer would use them.
def pack_u32(values):
    out = b''
    for v in values:
        out += v.to_bytes(4, 'little')
    return out

def unpack_u32(data):
    return [int.from_bytes(data[i:i + 4], 'little') for i in range(0, len(data), 4)]

vals = [0, 1, 255, 256, 65535, 2**31, 2**32 - 1]
blob = pack_u32(vals)
print(blob.hex())
print(unpack_u32(blob) == vals)

for n in [-2**63, -1, 0, 1, 2**63 - 1]:
    b = n.to_bytes(8, 'big', signed=True)
    print(n, b.hex(), int.from_bytes(b, 'big', signed=True) == n)

big = 3**100
b = big.to_bytes((big.bit_length() + 7) // 8, 'big')
print(len(b), int.from_bytes(b, 'big') == big)
print(int.from_bytes(memoryview(b'\x01\x02'), 'big'))
print(int.from_bytes(iter([1, 2, 3]), 'little'))
print((0).to_bytes(0, 'big'), (0).to_bytes(3, 'little'))
print(True.to_bytes(2, 'big'))
for bad in [lambda: (256).to_bytes(1, 'big'),
            lambda: (-129).to_bytes(1, 'big', signed=True),
            lambda: (128).to_bytes(1, 'big', signed=True),
            lambda: (-1).to_bytes(1, 'little'),
            lambda: int.from_bytes([300]),
            lambda: int.from_bytes(['a']),
            lambda: int.from_bytes(b'\x01', 'big', True),
            lambda: (1).to_bytes(1, 'big', True),
            lambda: (1).to_bytes(length=2, byteorder='little', signed=False, extra=1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
