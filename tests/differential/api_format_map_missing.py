# str.format_map with mappings that compute missing keys.
class Default(dict):
    def __missing__(self, key):
        return '{' + key + '}'
template = 'Hello {name}, you owe {amount:.2f} to {creditor}'
print(template.format_map(Default(name='Ann', amount=12.5)))
class Counter(dict):
    def __init__(self):
        self.calls = []
    def __missing__(self, key):
        self.calls.append(key)
        return len(key)
c = Counter()
print('{a}-{bb}-{ccc}-{a}'.format_map(c), c.calls)
class Env:
    def __init__(self, **kw):
        self.kw = kw
    def __getitem__(self, key):
        return self.kw.get(key, key.upper())
print('{home}/{user}/{shell!r}'.format_map(Env(home='/h')))
print('{0[x]} {p.real}'.format_map({'0': {'x': 1}, 'p': 3}) if False else 'skip')
for tmpl, m in [('{missing}', {}), ('{}', {'': 1}), ('{0}', {'0': 1}), ('{a', {'a': 1}), ('{a}}', {'a': 1})]:
    try:
        print(tmpl.format_map(m))
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
try:
    '{a}'.format_map()
except TypeError as e:
    print('TypeError', e)
try:
    '{a}'.format_map({}, {})
except TypeError as e:
    print('TypeError', e)
