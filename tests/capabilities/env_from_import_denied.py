# molt-capabilities: fs.read
print("importing")
print("[denied next]")
from os import environ
print(type(environ))
