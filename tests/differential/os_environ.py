import os

env = os.environ
print(type(env).__name__, isinstance(env, dict), repr(env).startswith("environ({"))
print("PATH" in env, os.getenv("PATH") == env["PATH"])
try:
    42 in env
except TypeError as e:
    print("TypeError:", e)
print(os.getenv("MOLT_SURELY_UNSET_VAR"), os.getenv("MOLT_SURELY_UNSET_VAR", "dflt"))
env["MOLT_TEST_VAR"] = "v1"
print(env["MOLT_TEST_VAR"], os.getenv("MOLT_TEST_VAR"), env.get("MOLT_TEST_VAR"))
print(env.get("MOLT_SURELY_UNSET_VAR", 42), env.get("MOLT_SURELY_UNSET_VAR"))
del env["MOLT_TEST_VAR"]
print(os.getenv("MOLT_TEST_VAR"), "MOLT_TEST_VAR" in env)
try:
    env["MOLT_SURELY_UNSET_VAR"]
except KeyError as e:
    print("KeyError", e)
try:
    del env["MOLT_SURELY_UNSET_VAR"]
except KeyError as e:
    print("KeyError", e)
try:
    env["MOLT_X"] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    os.getenv(1)
except TypeError as e:
    print("TypeError:", e)
print(env.setdefault("MOLT_SD", "first"), env.setdefault("MOLT_SD", "second"))
env.update({"MOLT_U1": "a"}, MOLT_U2="b")
print(env["MOLT_U1"], env["MOLT_U2"], env.pop("MOLT_U1"), env.pop("MOLT_U1", "gone"))
for k in ["MOLT_SD", "MOLT_U2"]:
    del env[k]
snapshot = env.copy()
print(type(snapshot).__name__, len(snapshot) == len(env), sorted(snapshot) == sorted(env.keys()))
print(all(isinstance(k, str) and isinstance(v, str) for k, v in env.items()))
print(sum(1 for _ in env) == len(env), len(list(env.values())) == len(env))
