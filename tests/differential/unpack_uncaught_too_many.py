def parse(line):
    key, value = line.split("=")
    return key.strip(), value.strip()

for line in ["a = 1", "b=2", " c =3 "]:
    print(parse(line))

try:
    parse("novalue")
except ValueError as e:
    print("caught:", e)

parse("x=1=2")
