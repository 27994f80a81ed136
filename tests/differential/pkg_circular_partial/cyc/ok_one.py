from . import ok_two
NAME = "one"
def combined():
    return NAME + "+" + ok_two.NAME
