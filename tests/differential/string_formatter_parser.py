import _string
for s in ["{0[}]}", "{0[}", "{0[{]}", "{a[:]}", "{0:[}", "{0!r:[}]}", "{a[x}y]:>{w}}", "{!}", "{0!}", "{0!rr}", "{0!r", "a}}b{{c"]:
    try: print(repr(s), list(_string.formatter_parser(s)))
    except Exception as e: print(repr(s), type(e).__name__, e)
