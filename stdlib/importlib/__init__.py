"""`importlib` in Molt: `import_module` for modules compiled into the program (their
names must be literal strings, which `molt build` finds), and the `metadata` submodule.
There are no import hooks or dynamic imports: every module is known when the program is
built.
"""

import sys


def _resolve_name(name, package, level):
    bits = package.rsplit(".", level - 1)
    if len(bits) < level:
        raise ImportError("attempted relative import beyond top-level package")
    base = bits[0]
    return f"{base}.{name}" if name else base


def import_module(name, package=None):
    """Import a module (by absolute name, or relative to `package`) and return it."""
    level = 0
    if name.startswith("."):
        if not package:
            raise TypeError(
                "the 'package' argument is required to perform a relative import for "
                f"{name!r}"
            )
        level = len(name) - len(name.lstrip("."))
        name = _resolve_name(name[level:], package, level)
    __import__(name)
    return sys.modules[name]
