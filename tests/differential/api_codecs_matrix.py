def t(f):
    try:
        print(repr(f()))
    except UnicodeError as e:
        print(type(e).__name__, e, repr(e.encoding), repr(e.object), e.start, e.end, repr(e.reason), e.args)
    except Exception as e:
        print(type(e).__name__, e)
for enc in ['utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be', 'utf-8', 'utf-8-sig', 'ascii', 'latin-1']:
    for data in [b'\xff', b'a\x00\x00\xd8', b'\x00\xdc\x00\x00', b'\x00\xd8\x00\x00a\x00', b'\xff\xfe\x00\xd8', b'\xe4\xb8x', b'\xe0\x80', b'\xf5', b'\x00\x00\x11\x00', b'\x00\xd8\x00\x00', b'\x80\x81', b'\xed\xa0\x80', b'\xf0\x90\x80', b'\xef\xbb\xbfab']:
        t(lambda: data.decode(enc))
        for h in ['ignore', 'replace', 'backslashreplace']:
            t(lambda: data.decode(enc, h))
t(lambda: b'\xff'.decode('utf-8', 'xmlcharrefreplace'))
t(lambda: b'\xff'.decode('utf-8', 'foo'))
t(lambda: 'a'.encode('utf-8', 'foo'))
t(lambda: 'é€😀x'.encode('ascii', 'foo'))
for enc in ['utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be', 'utf-8', 'utf-8-sig', 'ascii', 'latin-1', 'UTF8', 'Latin1', 'iso_8859_1', 'US-ASCII', 'utf_16']:
    for s in ['abc', 'é€😀x', 'aéé€b']:
        t(lambda: s.encode(enc))
        for h in ['ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'surrogateescape']:
            t(lambda: s.encode(enc, h))
t(lambda: str(UnicodeDecodeError('utf-8', b'\xff\xfe', 0, 2, 'bad')))
t(lambda: str(UnicodeEncodeError('ascii', 'x\u20ac', 1, 2, 'bad')))
t(lambda: str(UnicodeEncodeError('ascii', 'x\u20ac', 0, 2, 'bad')))
t(lambda: UnicodeDecodeError('x'))
t(lambda: str(UnicodeError('plain')))
t(lambda: str(bytearray(b'\xff'), 'utf-8'))
t(lambda: bytearray(b'a\xff').decode())
t(lambda: b'\x00\xd8'.decode('utf-16', 'strict'))
