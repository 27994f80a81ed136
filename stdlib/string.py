"""The `string` module: a thin layer over Molt's Rust `_string` module.

The classes exist in Python only so that programs can subclass them and override
methods; the work (format-string parsing, the vformat loop, template substitution)
happens in Rust.
"""

import _string
from collections import ChainMap as _ChainMap

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

ascii_letters = _string.ascii_letters
ascii_lowercase = _string.ascii_lowercase
ascii_uppercase = _string.ascii_uppercase
digits = _string.digits
hexdigits = _string.hexdigits
octdigits = _string.octdigits
printable = _string.printable
punctuation = _string.punctuation
whitespace = _string.whitespace
capwords = _string.capwords

_DEFAULT_IDPATTERN = r'(?a:[_a-z][_a-z0-9]*)'
_IGNORECASE = 2
_MISSING = object()


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    idpattern = _DEFAULT_IDPATTERN
    braceidpattern = None
    flags = _IGNORECASE

    def __init_subclass__(cls):
        super().__init_subclass__()
        if ('pattern' in cls.__dict__
                or cls.idpattern != _DEFAULT_IDPATTERN
                or cls.braceidpattern not in (None, _DEFAULT_IDPATTERN)):
            # TODO(stdlib): custom patterns need a regular-expression engine.
            raise NotImplementedError(
                "Molt's string.Template supports the default idpattern only")

    def __init__(self, template):
        self.template = template

    def _mapping(self, mapping, kws):
        if mapping is _MISSING:
            return kws
        if kws:
            return _ChainMap(kws, mapping)
        return mapping

    def _scan(self, mapping, mode):
        return _string.template_scan(self.template, self.delimiter,
                                     self.flags & _IGNORECASE, mapping, mode)

    def substitute(self, mapping=_MISSING, /, **kws):
        return self._scan(self._mapping(mapping, kws), 0)

    def safe_substitute(self, mapping=_MISSING, /, **kws):
        return self._scan(self._mapping(mapping, kws), 1)

    def is_valid(self):
        return self._scan(None, 3)

    def get_identifiers(self):
        return self._scan(None, 2)


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        return _string.vformat(self, format_string, args, kwargs)

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        return _string.formatter_parser(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _string.formatter_field_name_split(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            if is_attr:
                obj = getattr(obj, key)
            else:
                obj = obj[key]
        return obj, first
