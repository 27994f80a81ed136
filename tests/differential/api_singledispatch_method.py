# functools.singledispatchmethod on instance methods and a visitor pattern.
from functools import singledispatchmethod, singledispatch
class Node: pass
class Num(Node):
    def __init__(self, v): self.v = v
class Add(Node):
    def __init__(self, a, b): self.a, self.b = a, b
class Mul(Node):
    def __init__(self, a, b): self.a, self.b = a, b

class Evaluator:
    def __init__(self, scale=1):
        self.scale = scale
    @singledispatchmethod
    def visit(self, node):
        raise TypeError('cannot visit ' + type(node).__name__)
    @visit.register
    def _(self, node: Num):
        return node.v * self.scale
    @visit.register
    def _(self, node: Add):
        return self.visit(node.a) + self.visit(node.b)
    @visit.register(Mul)
    def _(self, node):
        return self.visit(node.a) * self.visit(node.b)

tree = Add(Num(2), Mul(Num(3), Num(4)))
print(Evaluator().visit(tree), Evaluator(10).visit(tree))
try:
    Evaluator().visit(Node())
except TypeError as e:
    print('TypeError', e)

@singledispatch
def to_json(x):
    raise TypeError('unserialisable: ' + type(x).__name__)
@to_json.register(int)
@to_json.register(float)
def _(x):
    return repr(x)
@to_json.register
def _(x: str):
    return '"' + x + '"'
@to_json.register
def _(x: list):
    return '[' + ', '.join(to_json(i) for i in x) + ']'
@to_json.register
def _(x: dict):
    return '{' + ', '.join(to_json(k) + ': ' + to_json(v) for k, v in x.items()) + '}'
@to_json.register(type(None))
def _(x):
    return 'null'
@to_json.register(bool)
def _(x):
    return 'true' if x else 'false'
print(to_json({'a': [1, 2.5, 'x', None, True], 'b': {}}))
try:
    to_json(object())
except TypeError as e:
    print('TypeError', e)
print(to_json.dispatch(bool) is not to_json.dispatch(int))
