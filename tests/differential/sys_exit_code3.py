import sys
def main():
    print("doing work")
    for i in range(3):
        print("step", i)
    return 3
code = main()
print("exiting with", code)
sys.exit(code)
