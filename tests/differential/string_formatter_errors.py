import string
f = string.Formatter()
cases = [("{}{0}", (1, 2), {}), ("{0}{}", (1, 2), {}), ("{1}{}", (1, 2), {}), ("{", (), {}), ("}", (), {}),
         ("{0!x}", (1,), {}), ("{0!}", (1,), {}), ("{0!rr}", (1,), {}), ("{:{:{:{}}}}", (1, 2, 3, 4), {}),
         ("{0.}", (1,), {}), ("{0[}", (1,), {}), ("{5}", (1,), {}), ("{x}", (), {}), ("{0:d}", ("s",), {}),
         ("{0.nope}", (1,), {}), ("{0[a]b}", ({"a": 1},), {}), ("a{{b}", (), {}), ("{0[1]}", ([0],), {}),
         ("{!r}", (), {})]
for fmt, args, kwargs in cases:
    try:
        print(repr(f.format(fmt, *args, **kwargs)))
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)
try:
    f.convert_field(1, "q")
except ValueError as e:
    print("ValueError:", e)
try:
    f.format()
except TypeError as e:
    print("TypeError")
