class Tick:
    def __await__(self):
        yield

class Transaction:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        await Tick()
        print("begin", self.name)
        return self
    async def __aexit__(self, et, ev, tb):
        await Tick()
        if et is None:
            print("commit", self.name)
        else:
            print("rollback", self.name, "because", ev)
        return False

async def transfer(amount):
    async with Transaction(f"t{amount}") as tx:
        if amount < 0:
            raise ValueError(f"negative amount {amount}")
        return f"{tx.name} ok"

def run(c):
    try:
        while True:
            c.send(None)
    except StopIteration as e:
        return e.value

print(run(transfer(5)))
try:
    run(transfer(-1))
except ValueError as e:
    print("caught", e)
run(transfer(-2))
