__all__ = ["exported_a", "exported_b", "_underscore_but_listed"]
def exported_a():
    return "a"
exported_b = "b"
_underscore_but_listed = "listed"
def not_exported():
    return "not exported"
