class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
class Label:
    def __init__(self, text):
        self.text = text

def describe(obj):
    match obj:
        case Point(0, 0):
            return "origin"
        case Point(x, y):
            return f"point {x},{y}"
        case Label(text=t):
            return f"label {t}"
        case Label(t):
            return "unreachable"
    return "unknown"

print(describe(Point(0, 0)), describe(Point(1, 2)), describe(Label("hi")), describe(3))
class Other:
    pass
print(describe(Other()))
print(describe(Label.__new__(Label)) if False else "skip")
def positional_label(obj):
    match obj:
        case Label(t):
            return t
print(positional_label(5))
positional_label(Label("boom"))
