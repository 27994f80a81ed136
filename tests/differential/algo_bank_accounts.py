class InsufficientFunds(Exception):
    pass

class Account:
    next_id = 1
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.id = Account.next_id
        Account.next_id += 1
        self.history = []
    def deposit(self, amt):
        if amt <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amt
        self.history.append(("dep", amt))
    def withdraw(self, amt):
        if amt > self.available():
            raise InsufficientFunds(self.owner + " cannot withdraw " + str(amt))
        self.balance -= amt
        self.history.append(("wd", amt))
    def available(self):
        return self.balance
    def month_end(self):
        pass
    def __repr__(self):
        return type(self).__name__ + "#" + str(self.id) + "(" + self.owner + ", " + str(self.balance) + ")"

class Savings(Account):
    def __init__(self, owner, balance=0, rate=0.02):
        super().__init__(owner, balance)
        self.rate = rate
    def month_end(self):
        interest = round(self.balance * self.rate, 2)
        self.deposit(interest)

class Checking(Account):
    def __init__(self, owner, balance=0, overdraft=100):
        super().__init__(owner, balance)
        self.overdraft = overdraft
    def available(self):
        return self.balance + self.overdraft
    def month_end(self):
        if self.balance < 0:
            self.balance -= 25
            self.history.append(("fee", 25))

def transfer(src, dst, amt):
    src.withdraw(amt)
    dst.deposit(amt)

accts = [Savings("ann", 1000), Checking("bob", 50), Account("cy", 10)]
print(accts)
transfer(accts[0], accts[1], 200)
transfer(accts[1], accts[2], 300)
print(accts)
for a, amt in [(accts[1], 100), (accts[2], 500), (accts[0], 1)]:
    try:
        a.withdraw(amt)
        print("ok", a)
    except InsufficientFunds as e:
        print("failed:", e)
try:
    accts[2].deposit(-5)
except ValueError as e:
    print("ValueError:", e)
for a in accts:
    a.month_end()
print(accts)
for a in accts:
    print(a.owner, a.history)
print(sum(map(lambda a: a.balance, accts)))
