class InventoryError(Exception):
    def __init__(self, item, requested, available):
        super().__init__(item, requested, available)
        self.item = item

def take(stock, item, n):
    have = stock.get(item, 0)
    if n > have:
        raise InventoryError(item, n, have)
    stock[item] = have - n
    return stock[item]

stock = {"apple": 5, "pear": 2}
print(take(stock, "apple", 3))
print(take(stock, "pear", 2))
print(stock)
take(stock, "apple", 10)
