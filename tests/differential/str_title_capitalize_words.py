def title_case(s, small=("a", "an", "the", "of", "in", "and")):
    words = s.lower().split()
    out = []
    for i, w in enumerate(words):
        if i > 0 and w in small:
            out.append(w)
        else:
            out.append(w.capitalize())
    return " ".join(out)

titles = ["the lord of the rings", "A TALE OF TWO CITIES", "war and peace", "gone with the wind", "  spaced   out  "]
for t in titles:
    print(repr(t), "->", repr(title_case(t)), "|", repr(t.title()), "|", repr(t.capitalize()))
def snake_to_camel(s):
    parts = s.split("_")
    return parts[0] + "".join(map(str.capitalize, parts[1:]))
def camel_to_snake(s):
    out = ""
    for ch in s:
        if ch.isupper():
            out += "_" + ch.lower()
        else:
            out += ch
    return out.lstrip("_")
for s in ["hello_world", "parse_http_response", "x", "already"]:
    c = snake_to_camel(s)
    print(s, c, camel_to_snake(c))
print("HeLLo".swapcase().swapcase(), "ÀÉÎ".lower(), "àéî".upper())
print("hello world".upper().isupper(), "Hello".islower(), "123".upper(), "".capitalize())
