import typing as t
print(t.List["Node"], t.Optional["Node"], t.Dict["K", "V"], t.ForwardRef("X"), t.ForwardRef("X") == t.ForwardRef("X"))
print(t.Literal["r", "w"], t.Literal[1], t.Literal[1, 2].__args__, t.Annotated[int, "meta"].__origin__, t.Annotated[int, "meta", 5], t.Annotated[int, "m"].__metadata__)
print(t.Union[int, t.List["Node"]], t.Tuple["A", "B"], t.Type["C"])
print(t.Callable[["A"], "B"], t.Iterable[t.Optional[t.Tuple[int, str]]])
class Node:
    def __init__(self, children: "t.List[Node]" = None) -> None:
        self.children = children or []
print(len(Node([Node()]).children), Node.__init__.__annotations__)
try:
    t.ForwardRef(5)
except TypeError as e:
    print("TypeError:", e)
