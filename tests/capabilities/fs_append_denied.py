# molt-capabilities: fs.read
print("appending")
print("[denied next]")
f = open("log.txt", "a")
f.close()
