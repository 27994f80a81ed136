import sys

def main():
    print("work")
    sys.exit("fatal: something went wrong")

main()
