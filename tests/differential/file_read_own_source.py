# molt-capabilities: fs.read
with open(__file__) as f:
    first = f.readline()
print(first.strip())
import os
print(os.path.isfile(__file__), os.path.basename(__file__))
