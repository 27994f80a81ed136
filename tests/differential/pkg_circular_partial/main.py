try:
    from cyc import first
except ImportError as e:
    print(type(e).__name__)
import cyc.ok_one
print(cyc.ok_one.combined())
from cyc import ok_two
print(ok_two.NAME, ok_two.late())
