class Account:
    def __init__(self, owner, balance=0):
        if balance < 0:
            raise ValueError("initial balance cannot be negative")
        self.owner = owner
        self.balance = balance
    def withdraw(self, amount):
        if amount <= 0:
            raise ValueError("amount must be positive")
        if amount > self.balance:
            raise InsufficientFunds(self.balance, amount)
        self.balance -= amount
        return self.balance

class InsufficientFunds(Exception):
    def __init__(self, balance, amount):
        super().__init__(balance, amount)
        self.shortfall = amount - balance
    def __str__(self):
        return "short by " + str(self.shortfall)

acct = Account("ann", 100)
for amt in [30, -5, 100, 70, 1]:
    try:
        print("withdraw", amt, "->", acct.withdraw(amt))
    except InsufficientFunds as e:
        print("withdraw", amt, "-> InsufficientFunds:", e, e.args)
    except ValueError as e:
        print("withdraw", amt, "-> ValueError:", e)
try:
    Account("bob", -1)
except ValueError as e:
    print("constructor failed:", e)
class Lazy:
    def __getitem__(self, i):
        raise KeyError("no item " + str(i))
try:
    Lazy()[3]
except LookupError as e:
    print(type(e).__name__, e)
