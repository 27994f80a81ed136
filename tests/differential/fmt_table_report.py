rows = [("Widget", 4, 3.5), ("Gadget", 10, 12.25), ("Doohickey", 1, 199.999), ("Thingamajig", 250, 0.1)]
header = f"{'Item':<12}{'Qty':>5}{'Price':>10}{'Total':>12}"
print(header)
print("-" * len(header))
grand = 0.0
for name, qty, price in rows:
    total = qty * price
    grand += total
    print(f"{name:<12}{qty:>5}{price:>10.2f}{total:>12,.2f}")
print("=" * len(header))
print(f"{'TOTAL':<12}{'':>5}{'':>10}{grand:>12,.2f}")
print("%-12s%5d%10.2f" % ("Avg", len(rows), grand / len(rows)))
pct = [0.1, 0.256, 0.9999, 1.0]
for p in pct:
    bar = "#" * int(p * 20)
    print(f"{p:>7.1%} |{bar:<20}|")
