def f(d):
    try:
        return d["k"]
    except KeyError as e:
        return None
    finally:
        print("done")
