# Set order as seen through the C-API matches CPython's.
import set_order

s = set()
for i in range(20):
    s.add(i * 37 % 64 * 1000003)
s.discard(37 * 1000003)
print(set_order.entries(s))
print(set_order.entries(frozenset([(1, 2), 2.5, -1, -2, 10**20])))
print(set_order.entries(set()))
try:
    set_order.entries([1, 2])
except SystemError:
    print("SystemError")
print(set_order.drain(set(range(0, 200, 9))))
t = set_order.build([64, 0, 128], [5, 69, 133, 197])
print(t, set_order.entries(t))
print(set_order.build({3: 0, 35: 1, 67: 2}, []))
