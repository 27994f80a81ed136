import _string
for s in ["0[", "0[]", "0.", "0..a", "0[a]b", "0[a].b[2][-1]", "", ".a", "[1]", "a b", "01", "1e", "-1"]:
    try:
        f, r = _string.formatter_field_name_split(s)
        print(repr(s), repr(f), list(r))
    except Exception as e: print(repr(s), type(e).__name__, e)
