def tokenize(src):
    tokens = []
    i = 0
    n = len(src)
    while i < n:
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit():
            j = i
            while j < n and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            tokens.append(("NUM", float(text) if "." in text else int(text)))
            i = j
        elif ch.isalpha() or ch == "_":
            j = i
            while j < n and (src[j].isalnum() or src[j] == "_"):
                j += 1
            word = src[i:j]
            kind = "KW" if word in ("if", "else", "while", "return") else "ID"
            tokens.append((kind, word))
            i = j
        elif ch == '"':
            j = src.index('"', i + 1)
            tokens.append(("STR", src[i + 1:j]))
            i = j + 1
        elif src[i:i + 2] in ("==", "!=", "<=", ">="):
            tokens.append(("OP", src[i:i + 2]))
            i += 2
        elif ch in "+-*/=<>(){};,":
            tokens.append(("OP", ch))
            i += 1
        else:
            raise SyntaxError("unexpected character " + repr(ch) + " at " + str(i))
    return tokens

for line in ['x = 42 + y_1 * 3.5;', 'if (a >= 10) return "big"; else return b;', 'while(n!=0){n=n-1}']:
    print(line)
    for tok in tokenize(line):
        print("   ", tok)
try:
    tokenize("a = 1 @ 2")
except SyntaxError as e:
    print(type(e).__name__, e)
