def work():
    g = ExceptionGroup("eg", [TypeError("t"), ValueError("v")])
    g.exceptions[0].add_note("inner note")
    g.add_note("group note 1")
    g.add_note("group note 2")
    raise g
work()
