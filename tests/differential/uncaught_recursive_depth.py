def countdown(n):
    if n == 0:
        raise ValueError("reached zero after deep recursion")
    return countdown(n - 1)

print("starting countdown")
countdown(30)
