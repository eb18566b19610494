# datasets 5: dataset["name"] is a Column, read through the format, printed with its first five cells.
import datasets
ds = datasets.Dataset.from_dict({'a':[1,2,3]*10, 'b':['x','y','z']*10, 'n':[[1,2],[3,4]]*15})
c = ds['a']; print(type(c)); print(c); print(repr(c))
print(c[0], c[:3], len(c), list(c)[:2], c == [1], sum(c))
c=ds['n']; print(repr(c), c[1], c[2:4], c[-1])
try: print(c[100])
except Exception as e: print(type(e).__name__, e)
print(ds['a'] == list(range(3)), ds['a'] == ds['a'], ds['a'] != [1])
try: ds['nope']
except Exception as e: print(type(e).__name__, e)
try: print(ds['a'] + [1])
except Exception as e: print(type(e).__name__, e)
print(sorted(ds['a'])[:3], sorted(set(ds['b'])), max(ds['a']))
x = ds['a']; print(x.index(2), x.count(3), 2 in x, list(reversed(x))[:2])
print(bool(ds.select([])['a']), repr(ds.select([])['a']), str(ds.select(range(3))['a']))
print(repr(ds['b'][:2]))
t = ds.with_format('torch')['a']; print(repr(t)); print(t[:3])
print(x.column_name, x.features)
