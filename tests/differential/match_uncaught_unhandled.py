def area(shape):
    match shape:
        case {"kind": "square", "side": s}:
            return s * s
        case {"kind": "rect", "w": w, "h": h}:
            return w * h
        case {"kind": kind}:
            raise NotImplementedError(f"no area for {kind!r}")
        case _:
            raise TypeError(f"not a shape: {shape!r}")

print(area({"kind": "square", "side": 3}))
print(area({"kind": "rect", "w": 2, "h": 5}))
try:
    area([1, 2])
except TypeError as e:
    print("caught", e)
area({"kind": "circle", "r": 1})
