# OSError's errno/strerror/filename/filename2 and the errno-based subclasses.
def describe(e):
    return '%s errno=%r strerror=%r filename=%r filename2=%r args=%r str=%s' % (
        type(e).__name__, e.errno, e.strerror, e.filename, e.filename2, e.args, e)
print(describe(OSError(2, 'No such file or directory', 'data.txt')))
print(describe(OSError(17, 'File exists', 'a', None, 'b')))
print(describe(OSError(13, 'Permission denied')))
print(describe(OSError('just a message')))
print(describe(FileNotFoundError(2, 'gone', 'x')))
print(describe(IOError(21, 'Is a directory', '/tmp')))
print(describe(EnvironmentError(20, 'Not a directory')))
for n in [1, 2, 13, 17, 32, 104, 110, 111]:
    e = OSError(n, 'msg')
    print(n, type(e).__name__, isinstance(e, OSError), type(e).__mro__[1].__name__)
def handler(n):
    try:
        raise OSError(n, 'simulated', 'path/%d' % n)
    except FileNotFoundError as e:
        return 'missing ' + str(e)
    except PermissionError as e:
        return 'denied ' + str(e)
    except OSError as e:
        return 'other ' + str(e)
for n in [2, 13, 1, 99]:
    print(handler(n))
e = OSError(2, 'x')
e.filename = 'later'
e.filename2 = 'other'
print(e)
class AppError(OSError):
    pass
print(type(AppError(2, 'x')).__name__)
print(describe(AppError(2, 'x', 'f')))
