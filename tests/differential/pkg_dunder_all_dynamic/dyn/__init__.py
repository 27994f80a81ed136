__all__ = ["pkg_level"]
def pkg_level():
    return "pkg level"
sub_only = "not exported"
