class Tokenizer:
    def __init__(self, text):
        self.text = text
    def __iter__(self):
        i = 0
        text = self.text
        while i < len(text):
            ch = text[i]
            if ch.isspace():
                i += 1
                continue
            if ch.isdigit():
                j = i
                while j < len(text) and text[j].isdigit():
                    j += 1
                yield ("NUM", int(text[i:j]))
                i = j
                continue
            if ch in "+-*/()":
                yield ("OP", ch)
                i += 1
                continue
            raise SyntaxError(f"unexpected character {ch!r} at {i}")

def evaluate(tokens):
    toks = list(tokens)
    pos = 0
    def peek():
        return toks[pos] if pos < len(toks) else (None, None)
    def take():
        nonlocal pos
        pos += 1
        return toks[pos - 1]
    def expr():
        v = term()
        while peek()[1] in ("+", "-"):
            op = take()[1]
            v = v + term() if op == "+" else v - term()
        return v
    def term():
        v = factor()
        while peek()[1] in ("*", "/"):
            op = take()[1]
            v = v * factor() if op == "*" else v // factor()
        return v
    def factor():
        kind, val = take()
        if kind == "NUM":
            return val
        if val == "(":
            v = expr()
            take()
            return v
        if val == "-":
            return -factor()
        raise SyntaxError(f"unexpected {val!r}")
    return expr()

for src in ["1 + 2 * 3", "(1 + 2) * 3", "10 / 3 - -2", "2 * (3 + 4) * 5"]:
    print(src, "=", evaluate(Tokenizer(src)))
print(list(Tokenizer("12+(3)")))
try:
    evaluate(Tokenizer("1 + x"))
except SyntaxError as e:
    print(type(e).__name__, e)
evaluate(Tokenizer("4 / 0"))
