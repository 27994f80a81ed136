import sys

def caller_module():
    return sys._getframe(1).f_globals["__name__"]

def caller_line():
    return sys._getframe(1).f_lineno

def via_modulename():
    return sys._getframemodulename(depth=1), sys._getframemodulename()
