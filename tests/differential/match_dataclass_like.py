class Node:
    __match_args__ = ("kind", "children")
    def __init__(self, kind, *children, value=None):
        self.kind = kind
        self.children = list(children)
        self.value = value

def evaluate(n):
    match n:
        case Node("num", [], value=v):
            return v
        case Node("add", [left, right]):
            return evaluate(left) + evaluate(right)
        case Node("mul", [left, right]):
            return evaluate(left) * evaluate(right)
        case Node("neg", [operand]):
            return -evaluate(operand)
        case Node("sum", [*terms]):
            return sum(evaluate(t) for t in terms)
        case Node(kind, kids):
            raise ValueError(f"bad node {kind} with {len(kids)} children")

def num(v):
    return Node("num", value=v)
expr = Node("add", num(2), Node("mul", num(3), Node("neg", num(4))))
print(evaluate(expr))
print(evaluate(Node("sum", num(1), num(2), num(3))), evaluate(Node("sum")))
try:
    evaluate(Node("div", num(1), num(2)))
except ValueError as e:
    print(type(e).__name__, e)
try:
    evaluate(Node("add", num(1)))
except ValueError as e:
    print(type(e).__name__, e)

def simplify(n):
    match n:
        case Node("add", [Node("num", value=0), other]) | Node("add", [other, Node("num", value=0)]):
            return simplify(other)
        case Node("mul", [Node("num", value=1), other]) | Node("mul", [other, Node("num", value=1)]):
            return simplify(other)
        case Node("mul", [Node("num", value=0), _]) | Node("mul", [_, Node("num", value=0)]):
            return num(0)
        case Node(kind, kids):
            return Node(kind, *[simplify(k) for k in kids], value=n.value)

def show(n):
    match n:
        case Node("num", value=v):
            return str(v)
        case Node(k, [a, b]):
            return f"({show(a)} {k} {show(b)})"
        case Node(k, [a]):
            return f"{k}({show(a)})"
        case Node(k, kids):
            return f"{k}[{', '.join(show(c) for c in kids)}]"
e2 = Node("add", num(0), Node("mul", num(1), Node("add", num(5), num(0))))
print(show(e2), "=>", show(simplify(e2)))
e3 = Node("mul", Node("neg", num(2)), num(0))
print(show(e3), "=>", show(simplify(e3)))
