def connect(host, port=80, *, timeout, retries=3):
    return f"{host}:{port} t={timeout} r={retries}"

print(connect("a", timeout=1))
print(connect("b", 8080, timeout=2, retries=0))
try:
    connect("c", 1, 2)
except TypeError as e:
    print("caught:", e)
try:
    connect(port=1, timeout=1)
except TypeError as e:
    print("caught:", e)
connect("d", 443)
