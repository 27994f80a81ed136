"""`importlib`: in Molt, only the `metadata` submodule (every module of a program is
known when it is built, so there are no import hooks or dynamic imports).

TODO(importlib): import_module for modules compiled into the program.
"""
