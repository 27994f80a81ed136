def helper():
    return "original"


def use():
    return helper()
