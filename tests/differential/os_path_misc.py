import os
import os.path as osp

print(osp.isabs("/x"), osp.isabs("x"), osp.isabs(""), osp.isabs("//y"))
print(osp.abspath("/a/b/../c"), osp.abspath("/"))
print(osp.sep, osp.curdir, osp.pardir, osp.extsep, osp.pathsep, osp.devnull)
print(osp is os.path, type(osp).__name__)
for bad in [None, 3, 2.5]:
    try:
        osp.basename(bad)
    except TypeError as e:
        print("TypeError:", e)
print(os.path.abspath(".") == os.getcwd())
print(os.path.isabs(os.getcwd()))
