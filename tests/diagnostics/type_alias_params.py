# expect: 2:1 E0001 type parameters
type Pair[T] = tuple[T, T]
