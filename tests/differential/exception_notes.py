e = ValueError('bad')
e.add_note('first note')
e.add_note('second\nline')
print(e.__notes__, e.__dict__)
try:
    e.add_note(5)
except TypeError as x:
    print(x)
try:
    ValueError().__notes__
except AttributeError as x:
    print(x)
e2 = KeyError('k')
e2.__notes__ = 'notalist'
try:
    e2.add_note('x')
except TypeError as x:
    print(x)
def work():
    try:
        raise ExceptionGroup("eg", [TypeError("t")])
    except ExceptionGroup as g:
        g.exceptions[0].add_note("inner note")
        g.add_note("group note")
        raise
try:
    work()
except* TypeError as g:
    print("caught", g.exceptions[0].__notes__)
raise e
