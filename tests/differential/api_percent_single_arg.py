# '%' with a single non-tuple argument: lists, dicts and other mappings.
print('%s' % [1, 2])
print('%r' % [1, 'a'])
print('%s' % {'k': 1})
print('%(k)s and %(k)r' % {'k': 'v'})
print('%(a)d%%' % {'a': 50})
print('%s' % (1,), '%s' % ((1, 2),))
print('value: %s' % None)
print('x' % {}, 'x' % [], 'x' % (), 'x' % {'unused': 1})
class M:
    def __getitem__(self, k):
        return k * 2
print('%(ab)s %(c)s' % M())
def err(f):
    try:
        print(f())
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
err(lambda: '%s %s' % [1, 2])
err(lambda: '%s %s' % {'a': 1})
err(lambda: 'x' % 5)
err(lambda: 'x' % 'y')
err(lambda: '%d' % [1])
err(lambda: '%(a)s' % [1])
err(lambda: '%(a)s' % {'b': 1})
err(lambda: '%s %s' % (1,))
err(lambda: '%s' % (1, 2))
err(lambda: '%(a' % {'a': 1})
err(lambda: b'%s' % [1])
err(lambda: b'x' % b'y')
err(lambda: b'%(a)s' % {b'a': b'v'})
err(lambda: b'%(a)s' % {'a': b'v'})
