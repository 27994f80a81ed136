def main():
    return math.floor(2.5)


main()
