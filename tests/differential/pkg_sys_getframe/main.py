import sys
import helper

def where():
    f = sys._getframe()
    return f.f_code.co_name, f.f_lineno, f.f_globals["__name__"], f.f_back.f_code.co_name

def outer():
    return where()

print(outer())
print(sys._getframe().f_code.co_name, sys._getframe().f_lineno, sys._getframe().f_back)
print(sys._getframe().f_locals is globals(), sys._getframe().f_builtins is __builtins__.__dict__ if hasattr(__builtins__, "__dict__") else True)
print(helper.caller_module(), helper.caller_line())
print(sys._getframemodulename(), helper.via_modulename())
try:
    sys._getframe(50)
except ValueError as e:
    print("ValueError", e)
class K:
    here = sys._getframe().f_code.co_name
print(K.here)
