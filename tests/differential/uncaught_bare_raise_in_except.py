def parse(s):
    try:
        return float(s)
    except ValueError:
        print("could not parse", repr(s), "- re-raising")
        raise

print(parse("1.5"))
print(parse("2e3"))
print(parse("abc"))
