class Parser:
    def __init__(self, text):
        self.text = text
        self.pos = 0
    def next_token(self):
        tok = self.text[self.pos]
        self.pos += 1
        return tok
    def parse(self):
        out = []
        while self.pos < len(self.text):
            out.append(self.next_token().upper())
        return self.finish(out)
    def finish(self, out):
        return self.result.join(out)

p = Parser("abc")
print("parsing", p.text)
print(p.parse())
