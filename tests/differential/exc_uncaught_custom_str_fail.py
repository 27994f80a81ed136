class Weird(Exception):
    def __str__(self):
        return "weird: " + ",".join(map(str, self.args))
try:
    raise Weird(1, 2)
except Weird as e:
    print("caught", e)
class Broken(Exception):
    def __str__(self):
        raise RuntimeError("str failed")
try:
    raise Broken("x")
except Broken as e:
    try:
        str(e)
    except RuntimeError as inner:
        print("str raised", inner)
raise Weird("a", None, 3.5)
