def cleanup(resource):
    print("cleaning", resource)
    if resource == "db":
        raise RuntimeError("cleanup of db failed")

def work(resource):
    try:
        print("working with", resource)
        if resource == "db":
            raise ValueError("work failed")
        return "done"
    finally:
        cleanup(resource)

print(work("file"))
try:
    work("db")
except RuntimeError as e:
    print("caught", e, "context:", repr(e.__context__))
work("db")
