def validate(items):
    errors = []
    for i, item in enumerate(items):
        if not isinstance(item, int):
            errors.append(TypeError(f"item {i} is {type(item).__name__}"))
        elif item < 0:
            errors.append(ValueError(f"item {i} is negative"))
    if errors:
        raise ExceptionGroup("validation failed", errors)
    return sum(items)

print(validate([1, 2, 3]))
try:
    validate([1, -2, "x"])
except* TypeError as eg:
    print("type errors:", [str(e) for e in eg.exceptions])
except* ValueError as eg:
    print("value errors:", [str(e) for e in eg.exceptions])
validate([-1, None])
