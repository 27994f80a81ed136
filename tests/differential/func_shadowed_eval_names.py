def compile(x):
    return x * 2


def use_eval():
    eval = len
    return eval("abc")


print(compile(21), use_eval())
