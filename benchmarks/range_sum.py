def sum_squares(n):
    total = 0
    for i in range(n):
        total += i
    return total


def nested(n):
    count = 0
    for i in range(n):
        for j in range(i % 7):
            count += j
    return count


print(sum_squares(5_000_000))
print(nested(2_000_000))
