# expect: 2:13 E0001 a TypeVarTuple type parameter (*Ts) on a class
class Shape[*Ts]:
    pass
