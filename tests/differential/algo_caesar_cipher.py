def shift_char(ch, k):
    if "a" <= ch <= "z":
        return chr((ord(ch) - ord("a") + k) % 26 + ord("a"))
    if "A" <= ch <= "Z":
        return chr((ord(ch) - ord("A") + k) % 26 + ord("A"))
    return ch

def caesar(text, k):
    out = ""
    for ch in text:
        out += shift_char(ch, k)
    return out

msg = "The Quick Brown Fox Jumps Over The Lazy Dog! 123"
for k in [0, 1, 3, 13, 25, -1, 52]:
    print(k, caesar(msg, k))
enc = caesar(msg, 7)
print(caesar(enc, -7) == msg)
print(caesar(caesar(msg, 13), 13) == msg)
def crack(cipher):
    best_k, best_score = 0, -1
    for k in range(26):
        cand = caesar(cipher, -k).lower()
        score = cand.count("e") + cand.count("t") + cand.count(" the ")
        if score > best_score:
            best_k, best_score = k, score
    return best_k
secret = caesar("meet me at the usual place at ten rather than eleven", 11)
print(secret)
k = crack(secret)
print(k, caesar(secret, -k))
def vigenere(text, key, sign=1):
    out = ""
    i = 0
    for ch in text:
        if ch.isalpha():
            out += shift_char(ch, sign * (ord(key[i % len(key)]) - ord("a")))
            i += 1
        else:
            out += ch
    return out
v = vigenere("Attack at dawn", "lemon")
print(v, vigenere(v, "lemon", -1))
