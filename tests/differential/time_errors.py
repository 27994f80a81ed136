import time
for f in [time.time, time.monotonic, time.perf_counter, time.process_time, time.time_ns]:
    try:
        f(1)
    except TypeError as e:
        print("TypeError", e)
try:
    time.sleep()
except TypeError as e:
    print("TypeError", e)
try:
    time.sleep(1, 2)
except TypeError as e:
    print("TypeError", e)
class Secs:
    def __float__(self):
        return 0.001
time.sleep(Secs())
time.sleep(True)
print("slept")
a = time.monotonic_ns()
b = time.monotonic_ns()
print(b >= a, isinstance(a, int))
print(abs(time.time() - time.time_ns() / 1e9) < 1.0)
