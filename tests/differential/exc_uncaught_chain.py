class ConfigError(Exception):
    def __init__(self, key, reason):
        super().__init__(f"{key}: {reason}")
        self.key = key

def load(cfg, key):
    try:
        return int(cfg[key])
    except KeyError as e:
        raise ConfigError(key, "missing") from e
    except ValueError as e:
        raise ConfigError(key, "not a number") from e

cfg = {"port": "80", "debug": "yes"}
print(load(cfg, "port"))
for k in ["host", "debug"]:
    try:
        load(cfg, k)
    except ConfigError as e:
        print("caught", e, type(e.__cause__).__name__)
load(cfg, "timeout")
