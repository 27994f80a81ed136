def ret_in_finally():
    try:
        return "try"
    finally:
        return "finally"
print(ret_in_finally())

def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(swallow())

def order():
    log = []
    try:
        log.append("try")
        return log
    finally:
        log.append("finally")
print(order())

def value_snapshot():
    x = 1
    try:
        return x
    finally:
        x = 2
print(value_snapshot())

def loop_break():
    out = []
    for i in range(5):
        try:
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out
print(loop_break())

def loop_continue():
    out = []
    for i in range(3):
        try:
            continue
        finally:
            out.append(i)
    return out
print(loop_continue())

def break_in_finally():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return f"broke at {i}"
print(break_in_finally())

def continue_in_finally():
    seen = []
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            seen.append(i)
            continue
    return seen
print(continue_in_finally())

def nested():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(nested())

def except_else_finally(x):
    try:
        r = 10 / x
    except ZeroDivisionError as e:
        print("except", e)
        return "from except"
    else:
        print("else", r)
        return "from else"
    finally:
        print("finally", x)
print(except_else_finally(2))
print(except_else_finally(0))

def while_finally():
    n = 0
    while True:
        try:
            n += 1
            if n > 3:
                return n
        finally:
            if n == 2:
                print("n is 2")
print(while_finally())

def gen_finally():
    try:
        yield 1
        return
    finally:
        print("gen finally")
print(list(gen_finally()))

def except_return_finally_raise():
    try:
        raise ValueError("v")
    except ValueError:
        return "except value"
    finally:
        print("cleanup runs before return")
print(except_return_finally_raise())

def exc_in_else():
    try:
        pass
    except Exception:
        print("not here")
    else:
        raise RuntimeError("from else")
    finally:
        print("finally after else")
try:
    exc_in_else()
except RuntimeError as e:
    print("caught", e)
