"""`warnings`: a thin layer over Molt's Rust `_warnings` module
(runtime/src/builtins/warnings.rs), which holds the filter list, the registries,
`warn`/`warn_explicit`, the filter edits and the default display.

This file adds what programs rebind or subclass: `showwarning` and `formatwarning`
(the Rust side notices when they are replaced), the `WarningMessage` record and the
`catch_warnings` context manager, which swaps the module's `filters` and display hooks.
The TODOs about locations and patterns are in the Rust module's documentation.
"""

import sys
import _warnings
from _warnings import (filters, warn, warn_explicit, _filters_mutated, filterwarnings,
                       simplefilter, resetwarnings, formatwarning, _showwarnmsg,
                       _add_filter)

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning", "filterwarnings",
           "simplefilter", "resetwarnings", "catch_warnings"]

defaultaction = _warnings._defaultaction
onceregistry = _warnings._onceregistry


class WarningMessage:
    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line",
                        "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None,
                 source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return (f"{{message : {self.message!r}, category : {self._category_name!r}, "
                f"filename : {self.filename!r}, lineno : {self.lineno}, "
                f"line : {self.line!r}}}")


def showwarning(message, category, filename, lineno, file=None, line=None):
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno, file, line))


_showwarning_orig = showwarning
_formatwarning_orig = formatwarning
# Programs and catch_warnings rebind these module attributes: binding them a second
# time keeps calls to them late-bound (looked up in the module at each call).
showwarning = _showwarning_orig
formatwarning = _formatwarning_orig
_showwarnmsg_impl = _warnings._showwarnmsg_impl
_showwarnmsg_impl = _showwarnmsg_impl


class catch_warnings:
    def __init__(self, *, record=False, module=None, action=None, category=Warning,
                 lineno=0, append=False):
        self._record = record
        self._module = sys.modules["warnings"] if module is None else module
        self._entered = False
        self._filter = None if action is None else (action, category, lineno, append)

    def __repr__(self):
        args = "record=True" if self._record else ""
        return f"{type(self).__name__}({args})"

    def __enter__(self):
        if self._entered:
            raise RuntimeError(f"Cannot enter {self!r} twice")
        self._entered = True
        m = self._module
        self._saved = (m.filters, m.showwarning, m._showwarnmsg_impl)
        m.filters = m.filters[:]
        m._filters_mutated()
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            m._showwarnmsg_impl = log.append
            m.showwarning = m._showwarning_orig
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError(f"Cannot exit {self!r} without entering first")
        m = self._module
        m.filters, m.showwarning, m._showwarnmsg_impl = self._saved
        m._filters_mutated()
