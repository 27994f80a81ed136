PAIRS = {")": "(", "]": "[", "}": "{", ">": "<"}

def check(s):
    stack = []
    for i, ch in enumerate(s):
        if ch in "([{<":
            stack.append((ch, i))
        elif ch in PAIRS:
            if not stack:
                return "unexpected " + repr(ch) + " at " + str(i)
            top, pos = stack.pop()
            if top != PAIRS[ch]:
                return "mismatch " + repr(top) + "@" + str(pos) + " vs " + repr(ch) + "@" + str(i)
    if stack:
        return "unclosed " + repr(stack[-1][0]) + " at " + str(stack[-1][1])
    return "balanced"

tests = ["", "()", "([]{})", "(((", "())", "([)]", "{[<>()]}", "a(b[c]d)e", "}{", "<<>>>", "f(x[0], {k: (1, 2)})"]
for t in tests:
    print(repr(t), "->", check(t))
def max_depth(s):
    d = best = 0
    for ch in s:
        if ch == "(":
            d += 1
            if d > best:
                best = d
        elif ch == ")":
            d -= 1
    return best
print(max_depth("(a(b)((c(d))))"), max_depth("no parens"))
def generate(n, cur="", open_=0, close=0, out=None):
    if out is None:
        out = []
    if len(cur) == 2 * n:
        out.append(cur)
        return out
    if open_ < n:
        generate(n, cur + "(", open_ + 1, close, out)
    if close < open_:
        generate(n, cur + ")", open_, close + 1, out)
    return out
print(generate(3))
print(len(generate(6)))
