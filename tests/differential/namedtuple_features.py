from collections import namedtuple
Card = namedtuple("Card", ["rank", "suit"])
deck = [Card(r, s) for s in "SH" for r in "AK"]
print(deck, sorted(deck), deck[0].rank, deck.index(Card("K", "S")))
print(Card._fields, Card.__name__, Card.__qualname__, Card.__doc__, Card.rank.__doc__, Card.__match_args__)
c = Card("Q", "D")
d = c._asdict()
print(d, type(d).__name__, c._replace(suit="C"), Card._make(iter(["J", "S"])), Card(**d) == c)
rank, suit = c
print(rank, suit, c[-1], c[::-1], list(c), c.count("Q"), "Q" in c, len(c), hash(c) == hash(("Q", "D")))
print(c + ("extra",), c * 2, c == ("Q", "D"), c != Card("Q", "S"), c < Card("Z", "A"), tuple(c) is not c)
V = namedtuple("V", "x y z", defaults=[0])
print(V(1, 2), V(1, 2, 3), V(x=1, y=2), V._field_defaults)
R = namedtuple("R", ["a", "a", "def", "_p", "ok", "1x"], rename=True)
print(R._fields, R(1, 2, 3, 4, 5, 6))
W = namedtuple("W", "a, b  c,d")
print(W._fields, W(1, 2, 3, 4))
G = namedtuple("G", (f for f in ["g1", "g2"]))
print(G(1, 2))
class Vec(namedtuple("Vec", "x y")):
    __slots__ = ()
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    @property
    def norm2(self):
        return self.x ** 2 + self.y ** 2
v = Vec(1, 2) + Vec(3, 4)
print(v, v.norm2, type(v._replace(x=0)).__name__, Vec._make([5, 6]), isinstance(v, tuple))
class Named(namedtuple("Named", "n")):
    def __repr__(self):
        return f"<Named {self.n}>"
print(Named(1), [Named(2)], Named(3)._asdict())
print({Card("A", "S"): 1}[("A", "S")], max(Card("2", "H"), Card("3", "H")))
match Card("A", "H"):
    case Card(rank="A", suit=s):
        print("ace of", s)
EM = namedtuple("EM", [])
print(EM(), EM._fields, EM._make([]))
M = namedtuple("M", "x", module="mymod")
print(M.__module__, M(1))
