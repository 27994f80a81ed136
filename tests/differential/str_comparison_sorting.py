words = ["banana", "Apple", "cherry", "apple", "Banana", "äpple", "zebra", "Zebra", "10", "9", "1_0", ""]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, reverse=True)[:4])
print("a" < "b" < "c", "abc" < "abd", "ab" < "abc", "B" < "a", "Z" < "a", "é" > "z")
print(min(words), max(words), min(words, key=len), max(words, key=len))
print("apple" == "Apple".lower(), "straße".upper() == "STRASSE")
pairs = [("b", 2), ("a", 2), ("c", 1)]
print(sorted(pairs, key=lambda p: p[1]), sorted(pairs, key=lambda p: p[0]))
def natural_key(s):
    num = ""
    for ch in s:
        if ch.isdigit():
            num += ch
    return (int(num) if num else -1, s)
files = ["file10", "file2", "file1", "file20", "file3"]
print(sorted(files), sorted(files, key=natural_key))
