class Meta(type):
    def __getattr__(cls, name):
        return "fallback:" + name
class User(metaclass=Meta):
    rows = [1, 2]
print(User.rows, User.other)
def f(c): return c.rows
print(f(User))
