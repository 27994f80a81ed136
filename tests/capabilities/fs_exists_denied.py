# molt-capabilities: env.read
import os

print(os.path.dirname("/etc/hosts"))
print("[denied next]")
print(os.path.exists("/etc/hosts"))
