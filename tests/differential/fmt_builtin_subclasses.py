class SubInt(int): pass
class F(float): pass
class S(str): pass
class G(int):
    def __format__(self, spec): return "G!" + spec
print(f"{SubInt(5):03d}", format(F(2.5), ".2f"), f"{S("ab"):>4}", f"{G(1):x}", format(True, "d"), f"{SubInt(7)}")
