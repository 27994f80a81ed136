def show(label, fn):
    try:
        fn()
        print(label, "ok")
    except TypeError as e:
        print(label + ":", e)

s = "abc"
l = [3, 1, 2]
d = {"k": 1}
st = {1, 2}
t = (1, 2, 1)
b = b"abc"
show("str.upper", lambda: s.upper(1))
show("str.join", lambda: s.join())
show("str.center", lambda: s.center())
show("str.center kw", lambda: s.center(5, fillchar="x"))
show("str.find", lambda: s.find())
show("str.find kw", lambda: s.find("a", start=1))
show("str.split kw", lambda: s.split(bad=1))
show("str.strip", lambda: s.strip("a", "b"))
show("list.append", lambda: l.append())
show("list.insert", lambda: l.insert(0))
show("list.pop", lambda: l.pop(0, 1))
show("list.index", lambda: l.index())
show("list.sort", lambda: l.sort(1))
show("list.clear", lambda: l.clear(1))
show("dict.get", lambda: d.get())
show("dict.keys", lambda: d.keys(1))
show("dict.pop kw", lambda: d.pop(key="k"))
show("dict.fromkeys", lambda: dict.fromkeys())
show("set.add", lambda: st.add(1, 2))
show("set.union kw", lambda: st.union(other=[1]))
show("set.pop", lambda: st.pop(1))
show("tuple.count", lambda: t.count())
show("tuple.index", lambda: t.index(1, 0, 3, 4))
show("bytes.upper", lambda: b.upper(1))
show("bytes.fromhex", lambda: bytes.fromhex())
show("bytes.count", lambda: b.count())
show("bytes.replace", lambda: b.replace(b"a"))
show("unbound", lambda: str.upper("x", 1))
m = s.find
show("bound find kw", lambda: m("a", start=1))
u = st.union
show("bound union kw", lambda: u(other=[1]))
show("bound upper", lambda: s.upper.__call__(1))
print(l, d, sorted(st), t)
