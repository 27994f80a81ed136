class RPNError(Exception):
    pass

def rpn(expr):
    stack = []
    ops = {
        "+": lambda a, b: a + b,
        "-": lambda a, b: a - b,
        "*": lambda a, b: a * b,
        "/": lambda a, b: a / b,
        "//": lambda a, b: a // b,
        "%": lambda a, b: a % b,
        "^": lambda a, b: a ** b,
    }
    for tok in expr.split():
        if tok in ops:
            if len(stack) < 2:
                raise RPNError("stack underflow at " + repr(tok))
            b = stack.pop()
            a = stack.pop()
            stack.append(ops[tok](a, b))
        elif tok == "dup":
            stack.append(stack[-1])
        elif tok == "swap":
            stack[-1], stack[-2] = stack[-2], stack[-1]
        else:
            try:
                stack.append(int(tok))
            except ValueError:
                try:
                    stack.append(float(tok))
                except ValueError:
                    raise RPNError("bad token " + repr(tok))
    if len(stack) != 1:
        raise RPNError("leftover stack " + repr(stack))
    return stack[0]

exprs = ["3 4 +", "5 1 2 + 4 * + 3 -", "2 3 ^ 1 -", "7 2 /", "7 2 //", "-7 2 %", "2.5 dup *",
         "1 2 swap -", "2 100 ^", "1 +", "1 2 3", "4 x *", "1 0 /", "10 3 - 2 ^ 0.5 ^"]
for e in exprs:
    try:
        print(e, "=>", rpn(e))
    except RPNError as err:
        print(e, "=> RPNError:", err)
    except ZeroDivisionError as err:
        print(e, "=> ZeroDivisionError:", err)
