class ParseError(ValueError):
    pass

def parse_pair(text):
    if "=" not in text:
        raise ParseError(f"no '=' in {text!r}")
    k, _, v = text.partition("=")
    if not v or v.startswith("="):
        raise ParseError(f"bad value for {k!r}: {v!r}")
    return k, v
