
def t(f):
    try:
        r = f()
        print(type(r).__name__, repr(r), r.args, r.errno, r.strerror, r.filename, r.filename2, str(r))
    except Exception as e:
        print(type(e).__name__, e)
for n in [1, 2, 3, 4, 10, 11, 13, 17, 20, 21, 32, 103, 104, 108, 110, 111, 114, 115, 999]:
    t(lambda: OSError(n, 'msg'))
t(lambda: OSError(2, 'No such file or directory', 'f'))
t(lambda: OSError(2, 'x', 'a', None, 'b'))
t(lambda: OSError(2, 'x', None))
t(lambda: OSError(2, 'x', None, None, 'b'))
t(lambda: OSError('a'))
t(lambda: OSError())
t(lambda: OSError(1, 2, 3, 4, 5, 6))
t(lambda: OSError('x', 'y'))
t(lambda: FileNotFoundError(13, 'x'))
t(lambda: PermissionError('p'))
t(lambda: IOError(2, 'gone', 'path'))
class MyErr(OSError):
    pass
t(lambda: MyErr(2, 'x'))
class MyErr2(OSError):
    def __init__(self, a, b):
        super().__init__(a, b, 'file')
t(lambda: MyErr2(2, 'y'))
try:
    open('/nonexistent/zz')
except OSError as e:
    print(type(e).__name__, e.errno, e.filename, e)
try:
    raise OSError(17, 'exists', 'd')
except FileExistsError as e:
    print('caught', e)
e = OSError(2, 'x')
e.filename = 'q'
print(e)
print(isinstance(OSError(2, 'x'), FileNotFoundError), OSError(2, 'x').__class__ is FileNotFoundError)
