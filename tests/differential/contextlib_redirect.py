import io
import sys
from contextlib import redirect_stdout, redirect_stderr, AbstractContextManager
buf = io.StringIO()
with redirect_stdout(buf) as target:
    print("captured", 1)
    print("more")
print(target is buf, repr(buf.getvalue()))
err = io.StringIO()
with redirect_stderr(err):
    print("to err", file=sys.stderr)
print(repr(err.getvalue()))
outer, inner = io.StringIO(), io.StringIO()
with redirect_stdout(outer):
    print("o1")
    with redirect_stdout(inner):
        print("i1")
    print("o2")
print(repr(outer.getvalue()), repr(inner.getvalue()))
class Mine(AbstractContextManager):
    def __exit__(self, *a):
        print("mine exit")
with Mine() as m:
    print(type(m).__name__)
