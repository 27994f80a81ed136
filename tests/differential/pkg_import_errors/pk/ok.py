value = "ok value"
_private = "secret"
