try:
    from ... import zz
except ImportError as e:
    status = f"{type(e).__name__}: {e}"
