class ConfigError(Exception):
    def __init__(self, key):
        self.key = key
    def __str__(self):
        return "missing configuration key " + repr(self.key)

config = {"host": "localhost", "port": 8080}
for k in ["host", "port"]:
    print(k, "=", config[k])

def require(key):
    if key not in config:
        raise ConfigError(key)
    return config[key]

print(require("host"))
require("password")
