"""Module doc."""
def f():
    """Function doc."""
class C:
    """Class doc."""
    def m(self):
        "method doc"
class D:
    x = 1
print(__doc__, f.__doc__, C.__doc__, C.m.__doc__, D.__doc__, C().__doc__)
