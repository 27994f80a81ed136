print(1 and 2)
print(0 and 2)
print("" or "default")
print("x" or "y")
print(None or 0 or [] or "last")
print(1 and "a" and [1])
print([] and undefined_name)
print(5 or undefined_name)
print(not 0, not 5, not "", not None)
print(0 or None)
print(None and 1)

def t(label, value):
    print("eval", label)
    return value

print("res:", t("A", 0) and t("B", 1))
print("res:", t("A", 1) and t("B", 2))
print("res:", t("A", 0) or t("B", 0) or t("C", 3))
print("res:", t("A", 1) or t("B", 2))
print("res:", (t("A", 1) and t("B", 0)) or t("C", "fallback"))
print("res:", not t("A", []) and t("B", "yes"))

d = {}
name = d.get("name") or "anon"
print(name)
cfg = {"debug": 0}
print(cfg.get("debug") and "on" or "off")
x = 3
print(x > 2 and x < 5, x > 2 and x > 5 or "neither")
print(type(1 and 2.5).__name__, type(0 or 2.5).__name__)
print([] or {} or (), (1,) and {})
