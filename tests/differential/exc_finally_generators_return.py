def f(n):
    try:
        if n == 0:
            return "zero"
        if n == 1:
            raise ValueError("one")
        return "many"
    except ValueError:
        return "handled one"
    finally:
        print(f"finally for {n}")
for n in range(3):
    print(f(n))

def nested_finally_order():
    log = []
    try:
        try:
            try:
                raise KeyError("deep")
            finally:
                log.append(1)
        finally:
            log.append(2)
    except KeyError as e:
        log.append(f"caught {e}")
    finally:
        log.append(3)
    return log
print(nested_finally_order())

def finally_overrides_exception():
    try:
        try:
            raise ValueError("original")
        finally:
            raise TypeError("replacement")
    except Exception as e:
        return type(e).__name__, str(e), type(e.__context__).__name__
print(finally_overrides_exception())

def loop_with_finally_return():
    for i in range(3):
        try:
            if i == 1:
                return f"returned at {i}"
        finally:
            print("finally", i)
print(loop_with_finally_return())

def exception_in_except_with_finally():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            [][1]
        finally:
            print("inner finally runs")
    except IndexError as e:
        return f"{type(e).__name__}: {e}; ctx={type(e.__context__).__name__}"
print(exception_in_except_with_finally())

def while_else_finally():
    i = 0
    try:
        while i < 3:
            i += 1
        else:
            return f"else after {i}"
    finally:
        print("finally after while-else")
print(while_else_finally())

def try_in_loop_break_else():
    for i in range(3):
        try:
            pass
        finally:
            if i == 1:
                break
    else:
        return "no break"
    return f"broke at {i}"
print(try_in_loop_break_else())
