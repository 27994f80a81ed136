from ..registry import register
register("plugins-pkg")
