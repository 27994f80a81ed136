data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list", n)

i = 0
total = 0
while (chunk := data[i:i + 2]):
    total += sum(chunk)
    print("chunk", chunk)
    i += 2
print("total", total)

def fetch(queue):
    return queue.pop(0) if queue else None

q = ["a", "b", "c"]
while (item := fetch(q)) is not None:
    print("got", item)

vals = []
for x in range(6):
    if (sq := x * x) % 2 == 0:
        vals.append(sq)
print(vals, sq)

def f():
    if (y := 10) > 5:
        return y * 2
    return 0
print(f())
print((z := 5) + z)
s = "hello world"
if (pos := s.find("o")) != -1:
    print("found o at", pos)
print((w := "walrus").upper(), w)
