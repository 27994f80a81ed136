import os

print(os.name, repr(os.sep), repr(os.linesep), repr(os.curdir), repr(os.pardir))
print(repr(os.extsep), repr(os.pathsep), repr(os.devnull), os.altsep)
print(callable(os.getcwd), callable(os.listdir), callable(os.remove))
