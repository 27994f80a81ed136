s = "Programming"
vowels = 0
consonants = ""
for ch in s.lower():
    if ch in "aeiou":
        vowels += 1
    else:
        consonants += ch
print(vowels, consonants)
counts = {}
for ch in s:
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
rev = ""
for ch in s:
    rev = ch + rev
print(rev)
words = "the quick brown fox jumps over the lazy dog".split()
longest = ""
for w in words:
    if len(w) > len(longest):
        longest = w
print(longest, len(words))
caps = []
for w in words:
    caps.append(w[0].upper() + w[1:])
print(" ".join(caps))
acr = ""
for w in words:
    acr += w[0]
print(acr.upper())
print(list("abc"), tuple("xy"), sorted("banana"))
for i, ch in enumerate("abc"):
    print(i, ch, ch * (i + 1))
pal = "A man a plan a canal Panama"
clean = ""
for ch in pal.lower():
    if ch.isalpha():
        clean += ch
print(clean == clean[::-1], clean)
