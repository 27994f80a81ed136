s = "héllo\n"
print(f"{s!r}")
print(f"{s!s}")
print(f"{s!a}")
print(f"{'quote\'s'!r}")
class T:
    def __repr__(self):
        return "T-repr"
    def __str__(self):
        return "T-str"
t = T()
print(f"{t} {t!s} {t!r} {t!a}")
print(f"{t!r:>10}|{t!s:<8}|")
lst = ["a", 1, None]
print(f"{lst} {lst!r} {lst!s}")
print(f"{3.0!r} {'x'!r:^7}")
d = {"k": "v"}
print(f"{d} {d!a}")
print(f"{'中'!a} {'🐍'!a}")
