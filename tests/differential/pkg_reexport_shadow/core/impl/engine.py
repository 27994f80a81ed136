NAME = "v8-ish"
counter = 0
def bump():
    global counter
    counter += 1
    return counter
def factor():
    return 7
