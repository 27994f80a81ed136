# Error handlers for encoding and decoding.
s = 'Ünïcødé ✓ 😀'
for errors in ['ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace']:
    for enc in ['ascii', 'latin-1']:
        print(enc, errors, s.encode(enc, errors))
data = b'ok\xff\xfe \xc3\xa9 \xe2\x82 end\x80'
for errors in ['ignore', 'replace', 'backslashreplace']:
    for enc in ['utf-8', 'ascii']:
        print(enc, errors, repr(data.decode(enc, errors)))
print(repr(data.decode('latin-1')))
print(s.encode('ascii', errors='replace').decode('ascii'))
print(s.encode('utf-8', 'strict').decode('utf-8', 'strict') == s)
print('abc'.encode('ascii', 'no-such-handler'))
for f in [lambda: 'é'.encode('ascii', 'no-such-handler'),
          lambda: b'\xff'.decode('utf-8', 'no-such-handler'),
          lambda: b'\xff'.decode('utf-8', 'xmlcharrefreplace'),
          lambda: 'é'.encode('no-such-codec'),
          lambda: b''.decode('no-such-codec'),
          lambda: 'a'.encode(encoding=1),
          lambda: b'a'.decode('utf-8', errors=2)]:
    try:
        print(f())
    except (LookupError, TypeError) as e:
        print(type(e).__name__, e)
