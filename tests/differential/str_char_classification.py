text = "Hello, World! 123 ÄÖÜ äöü 中文 ٣ ½\t\n_"
counts = {"upper": 0, "lower": 0, "digit": 0, "space": 0, "alpha": 0, "alnum": 0, "other": 0}
for ch in text:
    if ch.isupper():
        counts["upper"] += 1
    if ch.islower():
        counts["lower"] += 1
    if ch.isdigit():
        counts["digit"] += 1
    if ch.isspace():
        counts["space"] += 1
    if ch.isalpha():
        counts["alpha"] += 1
    if ch.isalnum():
        counts["alnum"] += 1
    if not (ch.isalnum() or ch.isspace()):
        counts["other"] += 1
print(counts)
for w in ["Hello", "HELLO", "hello", "Hello World", "123", "12ab", "ABC123", "abc123", "", "_"]:
    print(repr(w), w.isupper(), w.islower(), w.isalpha(), w.isalnum(), w.isdigit(), w.isdecimal(), w.isnumeric())
