from . import ok_one
NAME = "two"
def late():
    return "late sees " + ok_one.NAME
