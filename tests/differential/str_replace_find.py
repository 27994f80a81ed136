s = "the cat sat on the mat with the hat"
print(s.replace("the", "a"))
print(s.replace("the", "a", 2))
print(s.replace("at", ""))
print(s.replace("zzz", "y"), s.replace("", "-", 3))
print("aaaa".replace("aa", "b"), "abc".replace("", "|"))
print("x".replace("x", "xx", 0), "x".replace("x", "xx", -1))
print(s.find("the"), s.find("the", 1), s.find("the", 20), s.find("dog"), s.find(""))
print(s.rfind("the"), s.rfind("the", 0, 20), s.rfind("dog"), s.rfind(""))
print(s.find("at", 5, 10), s.find("at", -10), s.rfind("at", -10, -4))
print(s.index("cat"), s.rindex("at"))
try:
    s.index("dog")
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.rindex("dog")
except ValueError as e:
    print(type(e).__name__, e)
print(s.count("the"), s.count("at"), s.count(""), s.count("t", 10), s.count("t", 0, 10))
print("aaaaa".count("aa"), "".count(""), "abc".count("d"))
print("héllo wörld".find("ö"), "中文字符中文".rfind("中文"), "中文字符中文".count("中"))
