"""The Python twin of WeakrefFacts: prints, computed by CPython 3.11, every fact the 06-weakref tests assert.

Run: python3 grader/hidden/06-weakref/twin.py   (each line NAME=value, as WeakrefFacts holds it)
"""
import gc
import sys
import weakref


class C:
    pass


class Point:
    __slots__ = ('x', 'y')


class WeakPoint:
    __slots__ = ('x', '__weakref__')


def ignore(ref):
    pass


def refusal(obj):
    try:
        weakref.ref(obj)
    except TypeError as e:
        return str(e)
    return 'accepted'


def error_of(action):
    try:
        action()
    except Exception as e:
        return type(e).__name__, str(e)
    return None, 'no error'


facts = {}

# Which types refuse weak references, and CPython's message.
for name, obj in [('INT', 7), ('BOOL', True), ('FLOAT', 1.5), ('COMPLEX', 2j), ('NONE', None),
                  ('STR', 'abc'), ('BYTES', b'ab'), ('BYTEARRAY', bytearray()), ('TUPLE', (1,)),
                  ('LIST', []), ('DICT', {})]:
    facts['REFUSED_' + name] = refusal(obj)
facts['REFUSED_SLOTS_INSTANCE'] = refusal(Point())
facts['ACCEPTS_SLOTS_WITH_WEAKREF'] = refusal(WeakPoint()) == 'accepted'
facts['ACCEPTS_SET'] = refusal(set()) == 'accepted'
facts['ACCEPTS_FROZENSET'] = refusal(frozenset()) == 'accepted'
facts['ACCEPTS_CLASS'] = refusal(C) == 'accepted'
facts['ACCEPTS_FUNCTION'] = refusal(refusal) == 'accepted'
facts['ACCEPTS_INSTANCE'] = refusal(C()) == 'accepted'

# Reuse.
o = C()
facts['REF_WITHOUT_CALLBACK_REUSED'] = weakref.ref(o) is weakref.ref(o)
keep = weakref.ref(o, ignore), weakref.ref(o, ignore)
facts['REF_WITH_CALLBACK_REUSED'] = keep[0] is keep[1]
facts['PROXY_WITHOUT_CALLBACK_REUSED'] = weakref.proxy(o) is weakref.proxy(o)
basic, proxy = weakref.ref(o), weakref.proxy(o)
facts['WEAKREFCOUNT_BASIC_PROXY_TWO_CALLBACKS'] = weakref.getweakrefcount(o)
del o, keep, basic, proxy

# At exit, finalizers still alive run newest first.
import subprocess
exit_output = subprocess.run([sys.executable, '-c', '''
import weakref
class C: pass
objs = [C() for i in range(3)]
for i, o in enumerate(objs):
    weakref.finalize(o, print, i)
'''], capture_output=True, text=True, check=True).stdout
facts['FINALIZE_ATEXIT_ORDER'] = [int(line) for line in exit_output.split()]

# The notebook's example, corrected: the object dies at del, no collection needed.
gc.disable()
obj = C()
ref_still_exist = weakref.ref(obj)
del obj
facts['NOTEBOOK_DEAD_AT_DEL'] = ref_still_exist() is None
gc.enable()

# Callbacks: newest first, each receiving its own ref, all refs already dead.
o = C()
order, got_own_ref, saw_dead = [], [], []
refs = {}
for n in (1, 2, 3):
    def cb(r, n=n):
        order.append(n)
        got_own_ref.append(r is refs[n])
        saw_dead.append(all(x() is None for x in refs.values()))
    refs[n] = weakref.ref(o, cb)
del o
facts['CALLBACK_ORDER'] = order
facts['CALLBACK_RECEIVES_ITS_REF'] = all(got_own_ref)
facts['CALLBACK_SEES_ALL_REFS_DEAD'] = all(saw_dead)

# A raising callback is reported and the others still run.
reported, ran = [], []
sys.unraisablehook = lambda u: reported.append(type(u.exc_value).__name__)
o = C()
r1 = weakref.ref(o, lambda r: ran.append(1))
def boom(r):
    raise ValueError('boom')
r2 = weakref.ref(o, boom)
r3 = weakref.ref(o, lambda r: ran.append(3))
del o
sys.unraisablehook = sys.__unraisablehook__
facts['RAISING_CALLBACK_OTHERS_RUN'] = ran
facts['RAISING_CALLBACK_REPORTED'] = len(reported)

# In a collection: weakrefs cleared before __del__; a garbage weakref's callback never runs.
gc.disable()
log, seen_by_del = [], []
a, b = C(), C()
a.partner, b.partner = b, a
a.wr = weakref.ref(b, lambda r: log.append('garbage ref'))
outside = weakref.ref(a, lambda r: log.append('reachable ref'))
class Watcher:
    def __del__(self):
        seen_by_del.append(outside() is None)
a.watcher = Watcher()
del a, b
gc.collect()
gc.enable()
facts['DEL_SEES_WEAKREF_CLEARED'] = seen_by_del == [True]
facts['GARBAGE_WEAKREF_CALLBACK_RUNS'] = 'garbage ref' in log
facts['REACHABLE_WEAKREF_CALLBACK_RUNS'] = 'reachable ref' in log

# Equality and hash.
o1, o2 = C(), C()
r1, r1cb, r2 = weakref.ref(o1), weakref.ref(o1, ignore), weakref.ref(o2)
facts['LIVE_REFS_SAME_REFERENT_EQUAL'] = r1 == r1cb
facts['LIVE_REFS_OTHER_REFERENT_EQUAL'] = r1 == r2
h = hash(r1)
facts['REF_HASH_IS_REFERENT_HASH'] = h == hash(o1)
a1 = id(o1)
rot = ((a1 >> 4) | (a1 << 60)) & (2**64 - 1)
facts['OBJECT_HASH_ROTATES_ID_BY_4'] = hash(o1) == (rot - 2**64 if rot >= 2**63 else rot)
del o1
facts['DEAD_REFS_EQUAL'] = r1 == r1cb
facts['DEAD_REF_EQUALS_ITSELF'] = r1 == r1
facts['DEAD_REF_HASH_CACHED'] = hash(r1) == h
_, facts['DEAD_NEVER_HASHED'] = error_of(lambda: hash(r1cb))
a_set = set()
_, facts['UNHASHABLE_SET'] = error_of(lambda: hash(weakref.ref(a_set)))

# Proxies.
o = C()
p = weakref.proxy(o)
facts['PROXY_TYPE_NAME'] = type(p).__name__
facts['CALLABLE_PROXY_TYPE_NAME'] = type(weakref.proxy(C)).__name__
_, facts['PROXY_UNHASHABLE'] = error_of(lambda: hash(p))
_, facts['CALLABLE_PROXY_UNHASHABLE'] = error_of(lambda: hash(weakref.proxy(C)))
proxied = C()
dead_proxy = weakref.proxy(proxied)
del proxied
_, facts['DEAD_PROXY_UNHASHABLE'] = error_of(lambda: hash(dead_proxy))
watched = C()
r_cb = weakref.ref(watched, lambda r: None)
h_cb = hash(r_cb)
del watched
facts['DEAD_REF_WITH_CALLBACK_HASH_CACHED'] = hash(r_cb) == h_cb
del o
facts['DEAD_PROXY_ERROR_TYPE'], facts['DEAD_PROXY_ERROR'] = error_of(lambda: p.anything)

# Weak containers.
d = weakref.WeakValueDictionary()
v1, v2 = C(), C()
d['k'] = v1
d['k'] = v2
del v1
facts['WVD_OLD_VALUE_DEATH_KEEPS_NEW'] = d.get('k') is v2
ws = weakref.WeakSet()
objs = [C() for _ in range(5)]
for x in objs:
    ws.add(x)
yielded = 0
for x in ws:
    if yielded == 0:
        objs = [x]  # every other member dies before the iteration reaches it
    yielded += 1
    del x
facts['WEAKSET_YIELDED_WHEN_OTHERS_DIE_MID_ITERATION'] = yielded
facts['WEAKSET_LEN_AFTER'] = len(ws)
facts['WEAKSET_CONTAINS_INT'] = 7 in ws

# Weak containers and keys that cannot be weakly referenced or hashed: ref(key) comes first, then hash.
class EqOnly:
    def __eq__(self, other):
        return self is other


class HashNone:
    __hash__ = None


class EqOnlyChild(EqOnly):
    pass


wkd = weakref.WeakKeyDictionary()
facts['WKD_GET_INT_ERROR'] = error_of(lambda: wkd.get(7))[1]
facts['WKD_CONTAINS_INT'] = 7 in wkd
facts['WEAKSET_DISCARD_INT_ERROR'] = error_of(lambda: ws.discard(7))[1]
for name, make in [('SET', set), ('EQ_ONLY', EqOnly), ('HASH_NONE', HashNone), ('EQ_ONLY_CHILD', EqOnlyChild)]:
    key = make()
    facts['WEAKSET_ADD_UNHASHABLE_' + name] = error_of(lambda: ws.add(key))[1]
    facts['WKD_PUT_UNHASHABLE_' + name] = error_of(lambda: wkd.__setitem__(key, 1))[1]
facts['WKD_GET_UNHASHABLE_SET'] = error_of(lambda: wkd.get(set()))[1]
facts['WKD_CONTAINS_UNHASHABLE_SET'] = error_of(lambda: set() in wkd)[1]
facts['WEAKSET_CONTAINS_UNHASHABLE_SET'] = error_of(lambda: set() in ws)[1]
key = set()
before = len(ws)
error_of(lambda: ws.add(key))
error_of(lambda: wkd.__setitem__(key, 1))
facts['REFUSED_ADD_CHANGES_LEN'] = len(ws) != before or len(wkd) != 0
facts['REFUSED_ADD_LEAVES_WEAKREFCOUNT'] = weakref.getweakrefcount(key)

# Which proxies are callable: type(proxy(x)).__name__.
class CallMe:
    def __call__(self):
        return 1


class CallMeChild(CallMe):
    pass


facts['PROXY_TYPE_OF_CALLABLE_INSTANCE'] = type(weakref.proxy(CallMe())).__name__
facts['PROXY_TYPE_OF_CALLABLE_BASE_INSTANCE'] = type(weakref.proxy(CallMeChild())).__name__
facts['PROXY_TYPE_OF_FUNCTION'] = type(weakref.proxy(ignore)).__name__
facts['PROXY_TYPE_OF_SET'] = type(weakref.proxy(set())).__name__
facts['CALLABLE_INSTANCE_PROXY_UNHASHABLE'] = error_of(lambda: hash(weakref.proxy(CallMe())))[1]

# finalize.
o = C()
f = weakref.finalize(o, lambda *a: 42, 1, 2)
facts['FINALIZE_FIRST_CALL'] = f()
facts['FINALIZE_SECOND_CALL_IS_NONE'] = f() is None
facts['FINALIZE_ALIVE_AFTER_CALL'] = f.alive
facts['FINALIZE_DEFAULT_ATEXIT'] = weakref.finalize(o, ignore, None).atexit
g = weakref.finalize(o, ignore, 'x')
facts['FINALIZE_DETACH_RETURNS_OBJ'] = g.detach()[0] is o
facts['FINALIZE_DETACH_AGAIN_IS_NONE'] = g.detach() is None

# test_weakref's FinalizeTestCase.test_order: several finalizers on one object.
a = C()
res = []
f1, f2, f3, f4, f5 = (weakref.finalize(a, res.append, 'f%d' % i) for i in range(1, 6))
f5.detach()
f5()
res.append('A')
f3()
res.append('B')
f3()
res.append('C')
del a
res.append('D')
f2()
facts['FINALIZE_TEST_ORDER'] = ' '.join(res)

# The lesson's opening lines, addresses written 0x7f... as the lesson does.
import re


def lesson_repr(x):
    return re.sub(r'0x[0-9a-f]+', '0x7f...', repr(x))


class mys:
    pass


obj = mys()
ref_still_exist = weakref.ref(obj)
facts['LESSON_REF_REPR_ALIVE'] = lesson_repr(ref_still_exist)
facts['LESSON_REF_CALL_ALIVE'] = lesson_repr(ref_still_exist())
del obj
facts['LESSON_REF_REPR_DEAD'] = lesson_repr(ref_still_exist)
facts['LESSON_REF_CALL_DEAD'] = ref_still_exist()
printed = []
o = mys()
r1 = weakref.ref(o, lambda r: printed.append(f"r1 callback {r is r1}"))
r2 = weakref.ref(o, lambda r: printed.append(f"r2 callback {r1()}"))
facts['LESSON_SHARED_REF'] = weakref.ref(o) is weakref.ref(o)
del o
facts['LESSON_CALLBACK_LINES'] = printed


def a_cell():
    y = 1

    def g():
        return y
    return g.__closure__[0]


facts['REFUSED_CELL'] = refusal(a_cell())

for name, value in facts.items():
    print(f"{name}={value}")
