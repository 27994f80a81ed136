is_main = __name__ == "__main__"
def who_am_i():
    return __name__
