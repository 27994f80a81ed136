# molt-capabilities: fs.read
def save(text):
    try:
        with open("out.txt", "w") as f:
            f.write(text)
        return "saved"
    except OSError as e:
        return f"not saved: {e}"


print("[denied next]")
print(save("x"))
