def show(fn):
    try:
        fn()
    except ValueError as e:
        print(type(e).__name__ + ":", e)

show(lambda: int("12x"))
show(lambda: int("1e3"))
show(lambda: int("0b2", 0))
show(lambda: float("1,5"))
show(lambda: [1].remove(2))
show(lambda: "abc".index("d"))
show(lambda: (1, 2).index(3))
show(lambda: range(3).index(7))
show(lambda: "a,b".split(""))
show(lambda: chr(1114112))
show(lambda: bytes([300]))
show(lambda: max([]))
show(lambda: min((), key=len))
def unpack():
    a, b = [1, 2, 3]
show(unpack)
def unpack2():
    a, b, c = "ab"
show(unpack2)
show(lambda: pow(2, -1, 6))
show(lambda: "{:d}".format("s"))
show(lambda: "%q" % 1)
show(lambda: list(zip([1], [], strict=True)))
show(lambda: [1, 2, 3][::0])
show(lambda: bytes.fromhex("zz"))
