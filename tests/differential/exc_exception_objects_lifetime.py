def mk(i):
    return "dyn" + str(i) * 3
def churn():
    for _ in range(5):
        x = ["junk" + str(i) for i in range(300)]
        y = [("t" + str(i), "u" + str(i)) for i in range(300)]
def g():
    yield 1
    return mk(1)
def get_stop():
    it = g(); next(it)
    try:
        next(it)
    except StopIteration as e:
        return e
def sysexit():
    try:
        raise SystemExit(mk(2))
    except SystemExit as e:
        return e
def eg():
    return ExceptionGroup(mk(3), [ValueError(mk(4))]).derive([KeyError(mk(5))])
def notes_list():
    e = ValueError(mk(6)); e.__notes__ = []; e.__notes__.append(mk(7)); return e
def with_tb():
    e = ValueError(mk(8)); return e.with_traceback(None)
def nameerr():
    try:
        undefined_thing_xyz
    except NameError as e:
        return e
def attrerr():
    try:
        object().nope_attr
    except AttributeError as e:
        return e
def importerr():
    try:
        from math import nope_name
    except ImportError as e:
        return e
def keyerr():
    try:
        {}[mk(9)]
    except KeyError as e:
        return e
def format_err():
    try:
        ("{" + mk(10) + "}").format()
    except KeyError as e:
        return e
def split_parts():
    eg_ = ExceptionGroup(mk(11), [ValueError(mk(12)), TypeError(mk(13))])
    return eg_.split(TypeError)
def add_notes_multi():
    e = KeyError("k")
    e.add_note("lit")
    return e
r = [get_stop(), sysexit(), eg(), notes_list(), with_tb(), nameerr(), attrerr(), importerr(), keyerr(), format_err(), split_parts(), add_notes_multi()]
churn(); churn()
print(r[0].value, r[1].code, r[2].message, r[2].exceptions, r[3].__notes__, r[4].args)
print(r[5], r[6], r[8], r[9], r[10][0].message, r[10][1].exceptions, r[11].__notes__)
