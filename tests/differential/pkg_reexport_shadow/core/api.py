from .impl import engine
VERSION = "api-2"
def run():
    return "run with " + engine.NAME
def helper(x):
    return x * engine.factor()
