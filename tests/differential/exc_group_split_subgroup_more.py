NOTES = {"v1": "note for v1", "t1": "note for t1", "v2": "note for v2", "k1": "note for k1"}
def leaf(tag, exc):
    e = exc(tag)
    e.add_note(NOTES[tag])
    return e

eg = ExceptionGroup("top", [
    leaf("v1", ValueError),
    ExceptionGroup("mid", [leaf("t1", TypeError), leaf("v2", ValueError)]),
    leaf("k1", KeyError),
])
eg.add_note("top note")

def show(g, indent=0):
    if g is None:
        print(" " * indent + "None")
        return
    print(" " * indent + f"{type(g).__name__}: {g.message!r} notes={getattr(g, '__notes__', None)}")
    for e in g.exceptions:
        if isinstance(e, BaseExceptionGroup):
            show(e, indent + 2)
        else:
            print(" " * (indent + 2) + f"{type(e).__name__}: {e} notes={e.__notes__}")

m, r = eg.split(ValueError)
show(m)
show(r)
show(eg.subgroup(lambda e: isinstance(e, (TypeError, KeyError))))
show(eg.subgroup(lambda e: isinstance(e, ExceptionGroup) and e.message == "mid"))
print(eg.subgroup(lambda e: True) is eg, eg.split(Exception)[1])
m2, r2 = eg.split((TypeError, KeyError))
show(m2)
show(r2)
class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message + "!", excs)
mg = MyGroup("custom", [ValueError("a"), TypeError("b")])
m3, r3 = mg.split(ValueError)
print(type(m3).__name__, m3.message, type(r3).__name__, r3.message)
try:
    raise mg
except* ValueError as caught:
    print("caught type", type(caught).__name__, caught.message)
except* TypeError as caught:
    print("caught type", type(caught).__name__, caught.message)
print(repr(ExceptionGroup("r", [ValueError(1)])), str(ExceptionGroup("s", [ValueError(1), KeyError(2)])))
