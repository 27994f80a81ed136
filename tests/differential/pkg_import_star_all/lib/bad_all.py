print("bad_all loading")
raise ImportError("lib.bad_all refuses to load")
