class RetryError(Exception):
    def __init__(self, attempts, last):
        super().__init__(f"gave up after {attempts} attempts")
        self.attempts = attempts
        self.last = last

def flaky(n, fail_until):
    if n < fail_until:
        raise ConnectionError(f"attempt {n} failed")
    return f"ok at {n}"

def retry(fail_until, limit=3):
    last = None
    for attempt in range(limit):
        try:
            return flaky(attempt, fail_until)
        except ConnectionError as e:
            print("retrying after:", e)
            last = e
    raise RetryError(limit, last) from last

print(retry(2))
try:
    retry(5)
except RetryError as e:
    print("caught", e, e.attempts, repr(e.last), e.__cause__ is e.last)
print(isinstance(ConnectionError(), OSError), issubclass(ConnectionRefusedError, ConnectionError))
retry(10, limit=2)
