TEXT = ("Molt compiles a subset of Python ahead of time into native executables. "
        "This paragraph exists only to exercise greedy line wrapping and full justification "
        "of text, which mixes string methods, lists and integer arithmetic.")

def wrap(text, width):
    lines, cur = [], []
    length = 0
    for word in text.split():
        extra = len(word) + (1 if cur else 0)
        if cur and length + extra > width:
            lines.append(cur)
            cur, length = [word], len(word)
        else:
            cur.append(word)
            length += extra
    if cur:
        lines.append(cur)
    return lines

def justify(words, width):
    if len(words) == 1:
        return words[0].ljust(width)
    gaps = len(words) - 1
    spaces = width - len("".join(words))
    q, r = divmod(spaces, gaps)
    out = ""
    for i, w in enumerate(words[:-1]):
        out += w + " " * (q + (1 if i < r else 0))
    return out + words[-1]

for width in (30, 45):
    print("=" * width)
    lines = wrap(TEXT, width)
    for i, words in enumerate(lines):
        if i == len(lines) - 1:
            print(" ".join(words).ljust(width) + "|")
        else:
            print(justify(words, width) + "|")
print("=" * 20)
for words in wrap(TEXT, 20)[:4]:
    print(" ".join(words).center(20, ".") + "|")
print(len(wrap(TEXT, 10)), len(wrap("", 10)), wrap("supercalifragilistic word", 5))
