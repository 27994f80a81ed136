# expect: 2:14 E0001 a ParamSpec type parameter
type Call[R, **P] = tuple[R, P]
