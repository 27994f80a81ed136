# str.maketrans / str.translate, including tables that are not dicts.
table = str.maketrans('abc', 'xyz', 'd')
print(sorted(table.items()))
print('abcdabcd'.translate(table))
print('hello'.translate({ord('l'): 'L', ord('o'): None}))
print('hello'.translate({104: 72}))
print(str.maketrans({'a': 'A', 'b': None, 99: 'C'}))
class Rot13:
    def __getitem__(self, c):
        if 97 <= c <= 122:
            return (c - 97 + 13) % 26 + 97
        raise LookupError
print('hello, world'.translate(Rot13()))
print('abc'.translate([None, None] * 50))
print('abc'.translate('ABCDEFGHIJKLMNOPQRSTUVWXYZ' * 4))
def err(f):
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
err(lambda: str.maketrans('ab', 'a'))
err(lambda: str.maketrans({'ab': 1}))
err(lambda: str.maketrans({1.5: 'x'}))
err(lambda: str.maketrans([1]))
err(lambda: str.maketrans('a', 'b', 'c', 'd'))
err(lambda: 'a'.translate({97: 2**40}))
err(lambda: 'a'.translate({97: b'x'}))
err(lambda: 'a'.translate())
