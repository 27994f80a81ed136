# molt-capabilities: fs.write
def load(name):
    with open(name) as f:
        return f.read()


def main():
    with open("cfg.ini", "w") as f:
        f.write("[x]\n")
    print("saved")
    print("[denied next]")
    return load("cfg.ini")


print(main())
