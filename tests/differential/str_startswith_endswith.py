name = "report_2024.csv"
print(name.startswith("report"), name.startswith("Report"), name.endswith(".csv"))
print(name.endswith((".txt", ".csv")), name.startswith(("a", "b", "r")))
print(name.startswith("2024", 7), name.startswith("2024", 7, 9), name.endswith("report", 0, 6))
print(name.endswith(""), name.startswith(""), "".startswith(""), "".endswith("x"))
print(name.startswith(()), name.endswith("csv", -3))
files = ["a.py", "b.txt", "c.PY", "d.pyc", "e.md"]
for f in files:
    print(f, f.endswith((".py", ".md")), f.lower().endswith(".py"))
try:
    name.startswith(["r"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    name.endswith(5)
except TypeError as e:
    print(type(e).__name__, e)
print("héllo".startswith("hé"), "日本語".endswith("語"))
