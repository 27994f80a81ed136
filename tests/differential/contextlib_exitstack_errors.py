from contextlib import ExitStack, contextmanager, suppress
order = []
class CM:
    def __init__(self, name, suppress=False, fail=None):
        self.name, self.suppress, self.fail = name, suppress, fail
    def __enter__(self):
        order.append("enter " + self.name)
        return self
    def __exit__(self, t, v, tb):
        order.append("exit %s %s" % (self.name, t.__name__ if t else None))
        if self.fail:
            raise self.fail
        return self.suppress
with ExitStack() as st:
    st.enter_context(CM("a"))
    st.enter_context(CM("b", suppress=True))
    st.enter_context(CM("c"))
    raise KeyError("x")
print(order)
order.clear()
try:
    with ExitStack() as st:
        st.enter_context(CM("a"))
        st.enter_context(CM("b", fail=ValueError("from b")))
        raise KeyError("body")
except ValueError as e:
    print("ValueError", e, repr(e.__context__))
print(order)
order.clear()
try:
    with ExitStack() as st:
        st.enter_context(CM("a", fail=TypeError("from a")))
        st.enter_context(CM("b", fail=ValueError("from b")))
except TypeError as e:
    print("TypeError", e, repr(e.__context__))
print(order)
with ExitStack() as outer:
    with ExitStack() as inner:
        inner.callback(print, "inner cb")
        outer.push(inner.pop_all())
    print("inner done")
print("outer done")
@contextmanager
def cm():
    yield
with suppress(RuntimeError):
    with ExitStack() as st:
        st.enter_context(cm())
        raise RuntimeError("r")
print("end")
