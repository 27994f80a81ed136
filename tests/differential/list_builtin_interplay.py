data = [4, 8, 15, 16, 23, 42]
print(len(data), sum(data), min(data), max(data), sum(data) / len(data))
print(list(reversed(data)), sorted(data, reverse=True))
print(list(enumerate(data, 1))[:3])
print(list(zip(data, "abcdef")))
print(list(map(str, data)), list(filter(lambda x: x % 2, data)))
print(any([False, 0, 3]), all([1, 2, 0]), all([]), any([]))
squares = []
for x in data:
    squares.append(x * x)
print(squares)
idx = 0
while idx < len(data):
    if data[idx] % 2 == 1:
        data.pop(idx)
    else:
        idx += 1
print(data)
stack = []
for ch in "abc":
    stack.append(ch)
out = ""
while stack:
    out += stack.pop()
print(out)
queue = [1, 2, 3]
queue.append(4)
print(queue.pop(0), queue)
pairs = list(zip([1, 2, 3], [4, 5, 6]))
a, b = zip(*pairs)
print(a, b)
