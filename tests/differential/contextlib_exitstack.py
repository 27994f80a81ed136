from contextlib import ExitStack, contextmanager
@contextmanager
def res(name, log):
    log.append("open " + name)
    try:
        yield name
    finally:
        log.append("close " + name)
log = []
with ExitStack() as stack:
    names = [stack.enter_context(res(n, log)) for n in "abc"]
    stack.callback(log.append, "callback")
    stack.callback(lambda *a, **k: log.append(("cb2", a, k)), 1, x=2)
    print(names)
print(log)
log = []
with ExitStack() as stack:
    stack.enter_context(res("x", log))
    keep = stack.pop_all()
print(log)
keep.close()
print(log)
def exit_cb(t, v, tb):
    print("exit_cb", t.__name__ if t else None, v)
    return True
with ExitStack() as stack:
    stack.push(exit_cb)
    raise ValueError("suppressed by push")
print("after push")
class CM:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        print("CM exit", a[0])
with ExitStack() as stack:
    stack.push(CM())
try:
    with ExitStack() as stack:
        stack.enter_context(object())
except TypeError as e:
    print("TypeError", e)
def failing(*a):
    raise KeyError("from callback")
try:
    with ExitStack() as stack:
        stack.push(failing)
        raise ValueError("body")
except KeyError as e:
    print("KeyError", e, type(e.__context__).__name__)
st = ExitStack()
st.callback(print, "closed by close()")
st.close()
st.close()
