def rle_encode(s):
    if not s:
        return []
    out = []
    cur, n = s[0], 1
    for ch in s[1:]:
        if ch == cur:
            n += 1
        else:
            out.append((cur, n))
            cur, n = ch, 1
    out.append((cur, n))
    return out

def rle_str(s):
    out = ""
    for ch, n in rle_encode(s):
        out += (str(n) if n > 1 else "") + ch
    return out

def rle_decode(s):
    out = ""
    num = ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out += ch * (int(num) if num else 1)
            num = ""
    return out

for s in ["WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "abc", "aabcccccaaa", "", "zzzzzzzzzzzz", "ééé中中"]:
    enc = rle_str(s)
    print(repr(s[:20]), rle_encode(s)[:4], enc, rle_decode(enc) == s)
def look_and_say(s):
    out = ""
    for ch, n in rle_encode(s):
        out += str(n) + ch
    return out
t = "1"
for _ in range(10):
    print(t)
    t = look_and_say(t)
print(len(t))
