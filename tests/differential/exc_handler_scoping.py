def f():
    try:
        raise ValueError("x")
    except ValueError as e:
        msg = str(e)
    return msg, "e" in dir()
print(f())

def bare_except():
    try:
        raise KeyError("k")
    except:
        return "bare caught"
print(bare_except())

def tuple_except(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return f"lookup: {type(e).__name__}"
    except ArithmeticError as e:
        return f"arith: {type(e).__name__}"
    except Exception as e:
        return f"other: {type(e).__name__}"
for exc in [KeyError, IndexError, ZeroDivisionError, OverflowError, ValueError("v")]:
    print(tuple_except(exc))

def dynamic_except(kinds):
    try:
        raise ValueError
    except kinds:
        return "matched"
print(dynamic_except(ValueError), dynamic_except((TypeError, ValueError)), dynamic_except(Exception))
try:
    dynamic_except(())
except ValueError:
    print("empty tuple does not match")

def reraise_different():
    try:
        try:
            raise ValueError("inner")
        except ValueError:
            raise
    except ValueError as e:
        return f"re-raised {e}"
print(reraise_different())

def raise_in_except_then_finally():
    log = []
    try:
        try:
            raise ValueError
        except ValueError:
            log.append("except")
            raise TypeError("new")
        finally:
            log.append("finally")
    except TypeError as e:
        log.append(f"outer {e}")
    return log
print(raise_in_except_then_finally())

def loop_with_handlers():
    out = []
    for v in [1, 0, "a", 2]:
        try:
            out.append(10 // v)
        except ZeroDivisionError:
            out.append("zde")
            continue
        except TypeError:
            out.append("te")
            break
        finally:
            out.append("|")
    return out
print(loop_with_handlers())

try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)

class Ctx:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print("exit sees", et.__name__ if et else None, ev)
        return isinstance(ev, KeyError)
with Ctx():
    raise KeyError("suppressed by ctx")
try:
    with Ctx():
        raise ValueError("not suppressed")
except ValueError as e:
    print("escaped", e)
with Ctx() as c1, Ctx() as c2:
    print(c1 is not c2)
try:
    with 5:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
