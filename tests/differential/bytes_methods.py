data = b"the quick brown fox"
print(data.split(), data.split(b"o"), data.split(b" ", 1))
print(b",".join([b"a", b"b", b"c"]), b"".join([b"x", b"yz"]))
print(data.replace(b"o", b"0"), data.replace(b"o", b"", 1))
print(data.count(b"o"), data.count(b"the"), data.count(b"z"))
print(data.find(b"quick"), data.find(b"zzz"), data.find(b"o", 13), data.rfind(b"o"))
print(data.startswith(b"the"), data.endswith(b"fox"), data.startswith((b"a", b"t")))
print(data.upper(), b"MiXeD".lower())
print(b"  pad  ".strip(), b"xxabxx".strip(b"x"), b"a,b".partition(b","))
print(data.index(b"brown"))
try:
    data.index(b"cat")
except ValueError as e:
    print(type(e).__name__, e)
print(b"\xde\xad\xbe\xef".hex(), b"".hex(), bytes.fromhex("48 65 6c 6c 6f"))
print(b"hello".hex(), bytes.fromhex("ff00"))
print(b"caf\xc3\xa9".decode(), b"caf\xc3\xa9".decode("utf-8"), b"abc".decode("ascii"))
print("héllo".encode(), "中".encode("utf-8"), len("中".encode()))
try:
    b"\xff".decode()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    b",".join([b"a", "b"])
except TypeError as e:
    print(type(e).__name__, e)
print(b"a1".isdigit(), b"12".isdigit(), b"ab".isalpha())
