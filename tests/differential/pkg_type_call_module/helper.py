def make():
    return type("D", (), {})
def make_via(t):
    return t("E", (), {})
def call(fn):
    return fn()
