# OSError subclasses raised by real file operations and re-raised by the program.
import os
def attempt(path):
    try:
        with open(path) as f:
            return f.read()
    except FileNotFoundError as e:
        return ('missing', e.errno, e.filename, str(e))
    except IsADirectoryError as e:
        return ('directory', e.errno, e.filename, str(e))
    except OSError as e:
        return ('other', type(e).__name__, e.errno)
print(attempt('/definitely/not/here.txt'))
print(attempt('/'))
def wrap(path):
    try:
        open(path)
    except OSError as e:
        raise OSError(e.errno, 'wrapped: ' + e.strerror, path) from e
try:
    wrap('/nope/x')
except FileNotFoundError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
err = OSError(2, 'No such file or directory', 'a.txt')
print(repr(err), err.args)
print(isinstance(err, FileNotFoundError), issubclass(FileNotFoundError, OSError))
