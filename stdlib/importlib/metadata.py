"""`importlib.metadata`: `version()` for the packages installed by `molt ext build`.

Molt's executables carry no installed-distribution metadata. `molt ext build` records
each package's name and version (from its sdist's PKG-INFO) in the site folder's
`_molt_distributions.py`, which is compiled into a program that imports this module;
any other name raises PackageNotFoundError, as CPython does for a package that is not
installed.

TODO(importlib.metadata): metadata(), distribution(), entry_points(), files().
"""

try:
    from _molt_distributions import DISTRIBUTIONS as _DISTRIBUTIONS
except ImportError:
    _DISTRIBUTIONS = {}

__all__ = ["PackageNotFoundError", "version"]


class PackageNotFoundError(ModuleNotFoundError):
    """The package was not found."""

    def __str__(self):
        return f"No package metadata was found for {self.name}"

    @property
    def name(self):
        (name,) = self.args
        return name


def _normalize(name):
    out = []
    for c in name.lower():
        out.append("_" if c in "-." else c)
    return "".join(out)


def version(distribution_name):
    """The version string of an installed distribution."""
    entry = _DISTRIBUTIONS.get(_normalize(distribution_name))
    if entry is None:
        raise PackageNotFoundError(distribution_name)
    return entry[1]
