# UTF-16 / UTF-32 with and without byte-order marks.
text = 'Grüße 😀 ok'
for enc in ['utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be', 'UTF16', 'utf_32_be']:
    data = text.encode(enc)
    print(enc, len(data), data[:8].hex(), data.decode(enc) == text)
print(b'\xfe\xff\x00A\x00B'.decode('utf-16'))
print(b'\xff\xfeA\x00B\x00'.decode('utf-16'))
print(b'A\x00B\x00'.decode('utf-16'))
print(b'\x00\x00\xfe\xff\x00\x00\x00A'.decode('utf-32'))
print(repr(b'\xff\xfe'.decode('utf-16')), repr(b''.decode('utf-32')))
print(''.encode('utf-16'), ''.encode('utf-32'))
print('\U0001F600'.encode('utf-16-be').hex())
print(b'\xd8\x3d\xde\x00'.decode('utf-16-be'))
print(b'\xff\xfe\xff\xfe'.decode('utf-16'))
print(bytearray('hé'.encode('utf-16-le')).decode('utf-16-le'))
print(str('hé'.encode('utf-32'), 'utf-32'))
print(str(b'\xff\xfeh\x00', encoding='utf-16', errors='strict'))
