def thing():
    from . import VALUE
    return ("thing", VALUE)
