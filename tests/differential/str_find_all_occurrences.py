text = "abracadabra abracadabra"
def find_all(s, sub):
    out = []
    i = s.find(sub)
    while i != -1:
        out.append(i)
        i = s.find(sub, i + 1)
    return out
print(find_all(text, "abra"), find_all(text, "a"), find_all(text, "zz"), find_all("aaaa", "aa"))
def rfind_all(s, sub):
    out = []
    end = len(s)
    while True:
        i = s.rfind(sub, 0, end)
        if i == -1:
            break
        out.append(i)
        end = i + len(sub) - 1
    return out
print(rfind_all(text, "abra"), rfind_all("aaaa", "aa"))
print(text.count("abra"), text.count("a", 5, 15), text.find("c", -10), text.rindex("c", 0, 10))
print(text.index("cad", 8), text.find("a", 100), text.rfind("a", -3, -1))
s = "one two three two one"
print(s.replace("two", "2"), s.replace("one", "1", 1), s.replace(" ", ""))
print(s.split("two"), s.rsplit(" ", 2), s.partition("two"), s.rpartition("two"))
first, sep, rest = s.partition(" ")
print(first, repr(sep), rest)
