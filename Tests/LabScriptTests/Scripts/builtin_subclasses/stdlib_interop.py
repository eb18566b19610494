# Instances of value subclasses passed to the standard library and the builtins.
import collections
import copy
import pprint
import random
import re
import statistics
class C(float): pass
class S(str): pass
class Q(int): pass
class P(tuple): pass
xs = [C(1.5), C(2.5), C(4.0)]
print(statistics.mean(xs), statistics.median(xs), statistics.stdev(xs), sum(xs, C(1)), sum(xs, 0.5))
print(collections.Counter([S("a"), S("b"), S("a")]), dict.fromkeys([S("k")], Q(0)), set([S("a"), "a"]), list(map(str.upper, [S("a")])))
print("{:>5}|{!r}|{}".format(Q(3), S("x"), P((1,))), *P((1, 2)), sep=" ")
random.seed(1); print(random.choice(S("abc")), random.choice(P((7, 8))), random.sample(P((1,2,3)), 2))
print(copy.copy(C(2)), type(copy.deepcopy(P((1, [2])))).__name__, copy.deepcopy(P((1, [2]))))
pprint.pprint({"a": [C(1.5), S("x"), Q(2), P((1, 2))]})
print(list(enumerate(S("ab"))), list(zip(P((1,2)), S("xy"))), max([S("aa"), S("b")], key=len), str(Q(5)).zfill(3))
print(Q(10) / Q(4), Q(10) // Q(4), C(7) % 2, Q(2) ** -1, Q(7) >> 1, round(C(2.675), 2), abs(C(-0.0)), -Q(0))
print(Q(3) in {3: 1}, 3.0 in [Q(3)], P((1, 2)) in {(1, 2)}, S("a") in {"a"}, sorted({S("b"): 1, S("a"): 2}.items()))
print(isinstance(P((1,)), (list, tuple)), type(P) is type, P.__name__, P.__mro__, C.__base__)
import json
print(json.dumps({S("k"): C(0.1), S("j"): [P((S("x"),))]}, sort_keys=True), json.loads(json.dumps(P((1, 2)))))
print(str(S("x")).__class__.__name__, S("x").__class__.__name__, format(C(1.0)), format(Q(7), "b"), bin(Q(5)), oct(Q(8)), chr(Q(65)), ord(S("A")))
print(list(range(Q(1), Q(4))), [0, 1, 2, 3][Q(1):Q(3)], "abc"[Q(1)], divmod(C(7.5), 2), pow(Q(2), Q(10)), hash(P((1, 2))) == hash((1, 2)))
d = {}
d[S("x")] = 1
d["x"] += 1
print(d, {**{S("k"): 1}}, dict(a=C(1)), [*S("hi")], tuple(P((3,))), list(reversed(P((1, 2, 3)))))

class O: pass
o = O()
setattr(o, S("name"), 1)
print(getattr(o, S("name")), hasattr(o, S("name")), re.sub(S("a"), S("b"), S("aaa")), re.findall(r"\d", S("a1b2")), re.match(S("a"), S("ab")).group())
print("x".join([S("a"), S("b")]), "{k}".format(**{S("k"): 1}), "abc".replace(S("b"), S("X")), "a,b".split(S(",")), "abc".startswith((S("a"),)))
print(S("a,b").split(","), "abc".index(S("c")), "abc".count(S("c")), S("abc").partition("b"), "%(k)s" % {S("k"): Q(2)}, int(S("7"), Q(8)))
print(list(range(10))[Q(2):Q(8):Q(3)], [1, 2] * Q(2), (1,) * Q(3), Q(2) * [0], {}.get(S("a"), Q(0)), min(Q(3), 2.5), S("b") > "a")
