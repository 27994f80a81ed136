class Calculator:
    def op_add(self, a, b):
        return a + b
    def op_sub(self, a, b):
        return a - b
    def op_mul(self, a, b):
        return a * b
    def run(self, name, a, b):
        method = getattr(self, "op_" + name, None)
        if method is None or not callable(method):
            return "unknown op " + repr(name)
        return method(a, b)

c = Calculator()
for name in ["add", "sub", "mul", "div"]:
    print(name, c.run(name, 7, 3))
c.op_div = lambda a, b: a / b
print(c.run("div", 7, 2))
c.op_const = 42
print(c.run("const", 1, 1))
for attr in ["op_add", "run", "op_div", "op_nope", "__init__"]:
    print(attr, hasattr(c, attr), callable(getattr(c, attr, None)))
class Obj:
    pass
o = Obj()
for k, v in [("a", 1), ("b", [2]), ("c", "three")]:
    setattr(o, k, v)
print(getattr(o, "a"), getattr(o, "b"), getattr(o, "c"), sorted(o.__dict__))
print(callable(Obj), callable(o), callable(len), callable(None), callable(lambda: 0), callable(Calculator.run))
