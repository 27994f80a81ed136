# utf-8-sig and codec name aliases.
data = 'hello'.encode('utf-8-sig')
print(data, data.decode('utf-8-sig'), data.decode('utf-8') == '\ufeffhello')
print(b'plain'.decode('utf-8-sig'), b''.decode('utf_8_sig'))
for name in ['UTF-8', 'utf8', 'U8', 'Utf_8', 'latin1', 'Latin-1', 'ISO-8859-1', 'iso8859_1', 'L1',
             'ASCII', 'us-ascii', '646', 'utf-16le', 'UTF-16-BE', 'utf_32le', 'utf32']:
    print(name, 'Aé'.encode(name, 'replace').hex(), b'A'.decode(name, 'replace') if '16' not in name and '32' not in name else '')
try:
    b'\xef\xbb\xbf\xff'.decode('utf-8-sig')
except UnicodeDecodeError as e:
    print(e.encoding, e.start, e.end, e)
