# molt-capabilities: fs.read
data = bytes(range(5))
print(data)
print("[denied next]")
with open("blob.bin", "wb") as f:
    f.write(data)
