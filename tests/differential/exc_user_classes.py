class AppError(Exception):
    pass

class ValidationError(AppError):
    def __init__(self, field, msg):
        super().__init__(field, msg)
        self.field = field
        self.msg = msg
    def __str__(self):
        return self.field + ": " + self.msg

class NotFound(AppError):
    def __init__(self, key):
        self.key = key
        super().__init__("not found: " + repr(key))

class Silent(AppError):
    def __init__(self):
        pass

def validate(age):
    if not isinstance(age, int):
        raise ValidationError("age", "must be int")
    if age < 0:
        raise ValidationError("age", "must be >= 0")
    return age

for v in [5, -1, "x"]:
    try:
        print("valid", validate(v))
    except ValidationError as e:
        print("ValidationError:", e, "| args:", e.args, "| field:", e.field)

try:
    raise NotFound("user42")
except AppError as e:
    print(type(e).__name__, e, e.args, e.key, isinstance(e, Exception))

try:
    raise Silent()
except AppError as e:
    print(type(e).__name__, repr(str(e)), e.args)

class WithRepr(Exception):
    def __repr__(self):
        return "WithRepr<custom>"
e = WithRepr("a", "b")
print(str(e), repr(e), e.args)
print(str(AppError()), str(AppError("one")), str(AppError("one", 2)), repr(AppError("x", 1)))
print(issubclass(ValidationError, AppError), issubclass(NotFound, ValidationError))
