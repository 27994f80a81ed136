import time
t0 = time.time(); n0 = time.time_ns()
print(type(t0).__name__, type(n0).__name__, t0 > 1.6e9, n0 > 1.6e18)
p0 = time.perf_counter(); m0 = time.monotonic(); c0 = time.process_time()
pn = time.perf_counter_ns(); mn = time.monotonic_ns()
time.sleep(0.02)
time.sleep(0)
print(time.perf_counter() - p0 >= 0.015, time.monotonic() - m0 >= 0.015)
print(time.perf_counter_ns() - pn >= 15_000_000, time.monotonic_ns() - mn >= 15_000_000)
print(time.process_time() >= c0, type(time.process_time_ns()).__name__)
s = 0
for i in range(200000):
    s += i
print(s, time.process_time() >= c0)
for bad in [-1, "1", None, float("nan")]:
    try:
        time.sleep(bad)
    except Exception as e:
        print(type(e).__name__, e)
