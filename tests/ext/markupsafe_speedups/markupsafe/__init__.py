# Stands in for markupsafe's own __init__.py (which needs typing, string, html and
# warnings, not in Molt yet), so that this test reaches the real C module alone.
