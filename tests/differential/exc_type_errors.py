def show(label, fn):
    try:
        fn()
    except TypeError as e:
        print(label + ":", e)

five = 5
s_val = "s"
l_val = [1]
abc = "abc"
tup = (1,)
lst2 = [1, 2]
show("int()", lambda: five())
show("str()", lambda: s_val())
show("list()", lambda: l_val())
show("str idx", lambda: abc["x"])
show("tuple idx", lambda: tup[None])
show("dict unhashable", lambda: {[]: 1})
show("set unhashable", lambda: {{}})
show("unpack int", lambda: tuple(5))
show("bad add", lambda: [] + ())
show("bad mul", lambda: [1] * [2])
show("bad sub", lambda: "a" - "b")
show("bad div", lambda: "a" / 2)
show("neg str", lambda: ~"a")
show("len int", lambda: len(1))
show("abs str", lambda: abs("x"))
show("int of list", lambda: int([]))
show("float of list", lambda: float([]))
show("ord int", lambda: ord(5))
show("str join", lambda: "".join([1, 2]))
show("str not callable method", lambda: "abc".upper(1))
show("too many args builtin", lambda: len([], []))
show("compare", lambda: [] < {})
show("bool+str", lambda: True + "x")
show("None iter", lambda: list(None))
show("index float", lambda: lst2[0.5])
