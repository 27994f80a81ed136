# UnicodeDecodeError / UnicodeEncodeError attributes and messages.
def attrs(e):
    return (type(e).__name__, e.encoding, e.object, e.start, e.end, e.reason)
try:
    b'ok \xff here'.decode('utf-8')
except UnicodeDecodeError as e:
    print(attrs(e))
    print(str(e))
    print(e.object[e.start:e.end])
    print(isinstance(e, UnicodeError), isinstance(e, ValueError))
try:
    'naïve café'.encode('ascii')
except UnicodeEncodeError as e:
    print(attrs(e))
    print(e)
    print(e.object[e.start:e.end])
try:
    'x€€y'.encode('latin-1')
except UnicodeEncodeError as e:
    print(attrs(e), e)
try:
    b'\xe2\x82'.decode()
except UnicodeDecodeError as e:
    print(attrs(e), e)
try:
    b'abc\x80'.decode('ascii')
except ValueError as e:
    print(type(e).__name__, e)
e = UnicodeDecodeError('mycodec', b'\x00\x01\x02', 1, 3, 'custom reason')
print(str(e), e.args)
e = UnicodeEncodeError('mycodec', 'abc', 2, 3, 'nope')
print(str(e), repr(e))
for args in [(), ('a',), ('a', 'b', 1, 2, 'r'), ('a', b'b', 'x', 2, 'r')]:
    try:
        UnicodeDecodeError(*args)
    except TypeError as e:
        print('TypeError', e)
try:
    raise UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'invalid start byte')
except UnicodeError as e:
    print('caught', e)
e = UnicodeDecodeError('utf-8', bytearray(b'\xffab'), 0, 1, 'bad')
print(e.object, type(e.object).__name__, e.args, str(e))
e = UnicodeDecodeError('utf-8', memoryview(b'\xff'), 0, 1, 'bad')
print(e.object, str(e))
try:
    bytearray(b'a\xff').decode()
except UnicodeDecodeError as e:
    print(e.object, e.args)
