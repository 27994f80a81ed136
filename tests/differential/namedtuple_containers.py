from collections import namedtuple, Counter, defaultdict
Emp = namedtuple("Emp", "name dept salary")
staff = [Emp("ann", "eng", 120), Emp("bob", "ops", 90), Emp("cy", "eng", 110), Emp("di", "ops", 95)]
by_dept = defaultdict(list)
for e in staff:
    by_dept[e.dept].append(e.name)
print(dict(by_dept), Counter(e.dept for e in staff))
print(sorted(staff, key=lambda e: e.salary)[0], max(staff, key=lambda e: e.salary).name)
print(sum(e.salary for e in staff), [e._replace(salary=e.salary + 10).salary for e in staff])
print(set(Emp("x", "y", 1) for _ in range(3)), Emp("x", "y", 1) in {("x", "y", 1)})
print(list(map(Emp._make, [("a", "b", 1), ("c", "d", 2)])))
print([e._asdict()["name"] for e in staff], dict(zip(Emp._fields, staff[0])))
print(Emp("a", "b", 3) == Emp("a", "b", 3), Emp("a", "b", 3) is Emp("a", "b", 3), str(staff[1]))
Point = namedtuple("Point", "x y")
pts = {Point(0, 0): "origin", Point(1, 0): "east"}
print(pts[(0, 0)], pts[Point(x=1, y=0)], sorted(pts))
