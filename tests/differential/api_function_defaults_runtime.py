# Assigning __defaults__ and __kwdefaults__ changes later calls.
def connect(host, port=80, *, timeout=10, retries=3):
    return (host, port, timeout, retries)
print(connect('a'))
connect.__defaults__ = (8080,)
print(connect('a'))
connect.__kwdefaults__ = {'timeout': 1, 'retries': 0}
print(connect('a'), connect('a', 1, timeout=5))
connect.__kwdefaults__ = {'timeout': 2}
try:
    connect('a')
except TypeError as e:
    print('TypeError', e)
connect.__defaults__ = None
try:
    connect()
except TypeError as e:
    print('TypeError', e)
try:
    connect('h')
except TypeError as e:
    print('TypeError', e)
print(connect.__defaults__, connect.__kwdefaults__)
def make_counter():
    def counter(step=1):
        return step
    return counter
c1, c2 = make_counter(), make_counter()
c1.__defaults__ = (5,)
print(c1(), c2())
def many(a, b, c):
    return a, b, c
many.__defaults__ = (1, 2, 3, 4)
print(many())
many.__defaults__ = (9,)
print(many(1, 2))
try:
    many(1)
except TypeError as e:
    print('TypeError', e)
del many.__defaults__
print(many.__defaults__)
for bad in [[1], 'x']:
    try:
        many.__defaults__ = bad
    except TypeError as e:
        print('TypeError', e)
try:
    many.__kwdefaults__ = [('a', 1)]
except TypeError as e:
    print('TypeError', e)
class K:
    def m(self, x=1):
        return x
K.m.__defaults__ = (2,)
print(K().m())
