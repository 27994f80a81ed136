# int.from_bytes on subclasses calls the subclass with the value.
class Flags(int):
    def __new__(cls, value):
        obj = super().__new__(cls, value)
        obj.tag = 'flags'
        return obj
    def __repr__(self):
        return 'Flags(%d)' % int(self)

f = Flags.from_bytes(b'\x00\x05', 'big')
print(repr(f), type(f).__name__, f.tag, f + 1)

class Plain(int):
    pass
p = Plain.from_bytes(b'\xff', 'little', signed=True)
print(type(p).__name__, p)

class Weird(int):
    @classmethod
    def build(cls, data):
        return cls.from_bytes(data, byteorder='little')
print(type(Weird.build(b'\x01\x01')).__name__, Weird.build(b'\x01\x01'))
print(bool.from_bytes(b'\x01', 'big'), type(bool.from_bytes(b'\x00', 'big')).__name__)
print(int.from_bytes.__name__)
