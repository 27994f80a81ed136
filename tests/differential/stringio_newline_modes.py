import io
text = "a\nb\r\nc\rd\n\re"
for nl in [None, "", "\n", "\r", "\r\n"]:
    s = io.StringIO(newline=nl)
    s.write(text)
    print(repr(nl), repr(s.getvalue()))
    s.seek(0)
    print("  lines", s.readlines())
    s.seek(0)
    print("  iter", [l for l in s])
    s.seek(0)
    print("  readline", repr(s.readline()), repr(s.readline(1)), repr(s.readline()), s.tell())
    s2 = io.StringIO(text, newline=nl)
    print("  init", repr(s2.getvalue()), repr(s2.read(4)))
