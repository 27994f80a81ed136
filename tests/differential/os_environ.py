import os

print(type(os.environ).__name__ in ("dict", "_Environ"))
print("PATH" in os.environ, os.getenv("PATH") == os.environ["PATH"])
print(os.getenv("MOLT_SURELY_UNSET_VAR"), os.getenv("MOLT_SURELY_UNSET_VAR", "dflt"))
os.environ["MOLT_TEST_VAR"] = "v1"
print(os.environ["MOLT_TEST_VAR"], os.getenv("MOLT_TEST_VAR"))
print(os.environ.get("MOLT_SURELY_UNSET_VAR", 42))
del os.environ["MOLT_TEST_VAR"]
print(os.getenv("MOLT_TEST_VAR"))
try:
    os.environ["MOLT_SURELY_UNSET_VAR"]
except KeyError as e:
    print("KeyError", e)
try:
    os.getenv(1)
except TypeError as e:
    print("TypeError:", e)
print(all(isinstance(k, str) and isinstance(v, str) for k, v in os.environ.items()))
