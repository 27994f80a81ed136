# str(), bytes() and bytearray() accept their documented keywords.
print(repr(str(object=5)), repr(str(object='x')), repr(str()))
print(repr(str(b'caf\xc3\xa9', encoding='utf-8')), repr(str(b'caf\xe9', 'latin-1')))
print(repr(str(object=b'abc', encoding='ascii', errors='strict')))
print(repr(str(b'\xffabc', errors='ignore')), repr(str(b'a\xffb', 'ascii', 'replace')))
print(bytes('héllo', 'utf-8'), bytes(source='hé', encoding='latin-1'))
print(bytearray('hé', encoding='utf-16-le'), bytes('€', 'utf-8', 'strict'))
def err(f):
    try:
        print(f())
    except (TypeError, UnicodeError, LookupError) as e:
        print(type(e).__name__, e)
err(lambda: str(5, 'utf-8'))
err(lambda: str('x', 'utf-8'))
err(lambda: str(b'\xff', 'utf-8'))
err(lambda: str(b'x', encoding=5))
err(lambda: bytes('é', 'ascii'))
err(lambda: bytes('x'))
err(lambda: bytes(b'x', 'utf-8'))
err(lambda: bytearray('x', 'no-such'))
