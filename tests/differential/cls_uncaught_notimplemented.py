class Money:
    def __init__(self, amount, cur):
        self.amount, self.cur = amount, cur
    def __add__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        if other.cur != self.cur:
            raise ValueError(f"currency mismatch {self.cur}/{other.cur}")
        return Money(self.amount + other.amount, self.cur)
    def __radd__(self, other):
        if other == 0:
            return self
        return NotImplemented
    def __repr__(self):
        return f"{self.amount} {self.cur}"

print(Money(1, "EUR") + Money(2, "EUR"))
print(sum([Money(1, "USD"), Money(5, "USD")]))
try:
    Money(1, "EUR") + Money(1, "USD")
except ValueError as e:
    print("caught", e)
try:
    Money(1, "EUR") + 5
except TypeError as e:
    print("caught", e)
print(5 + Money(2, "EUR") if False else "skip")
Money(3, "GBP") + 2.5
