"""Differential scenarios for 06-weakref: the order of weakref callbacks and the lengths of weak containers.

Each scenario is a straight-line program over a few instances (plain, callable, or with __slots__ and no
__weakref__): weakref.ref with or without a callback (one that logs, one that raises), proxies, WeakSet,
WeakKeyDictionary, WeakValueDictionary, finalize, deaths by `del` (reference count) and by gc.collect() (pairs
of instances in a cycle, some holding a weakref as garbage; one collection per program, whose unreachable
objects CPython meets in creation order), and keys or members that cannot be weakly
referenced or hashed. Every callback logs its label and the three containers' lengths at that moment.
CPython's answer: what each step returned (or its TypeError), the callback log, which refs are alive, the
weakref count of each living object whose refs the containers never dropped, and the unraisable count.
Usage: python3 generate.py --seed S --count N   (one JSON line per scenario, see ../scenarios.py)
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import scenarios  # noqa: E402

PREAMBLE = '''import gc, sys, weakref
gc.collect()
gc.disable()
unraisable = []
sys.unraisablehook = lambda u: unraisable.append(type(u.exc_value).__name__)
class C:
    pass
class K:
    def __call__(self):
        return 0
class N:
    __slots__ = ('label',)
class EqOnly:
    def __eq__(self, other):
        return self is other
class Hashed:
    def __eq__(self, other):
        return self is other
    def __hash__(self):
        return 42
log, out, objs, refs, proxies, fins = [], [], {}, {}, [], {}
ws, wkd, wvd = weakref.WeakSet(), weakref.WeakKeyDictionary(), weakref.WeakValueDictionary()
def lens():
    return [len(ws), len(wkd), len(wvd)]
def cb(label):
    def callback(r):
        log.append([label] + lens())
    return callback
def boom(r):
    raise ValueError('boom')
def attempt(action):
    try:
        return ['ok', action()]
    except TypeError as e:
        return ['TypeError', str(e)]
SPECIALS = {'int': lambda: 7, 'str': lambda: 'abc', 'tuple': lambda: (1,), 'set': set, 'eqonly': EqOnly,
            'frozenset': frozenset, 'hashed': Hashed}
def target(name):
    return objs[name] if name in objs else SPECIALS[name]()
def new(name, kind):
    objs[name] = {'plain': C, 'callable': K, 'slots': N}[kind]()
    objs[name].label = name
def mkref(name, obj, callback):
    f = {'none': None, 'log': cb(name), 'boom': boom}[callback]
    refs[name] = weakref.ref(target(obj), f) if f else weakref.ref(target(obj))
def mkproxy(obj):
    proxies.append(weakref.proxy(target(obj)))
    return type(proxies[-1]).__name__
def fin_cb(label):
    def run():
        log.append([label] + lens())
    return run
def label_of(x):
    return None if x is None else x.label
'''

EPILOGUE = '''result = {'out': list(out), 'log': list(log), 'alive': {r: refs[r]() is not None for r in refs},
          'weakrefcounts': {o: weakref.getweakrefcount(objs[o]) for o in %r if o in objs},
          'unraisable': len(unraisable)}
objs.clear(); refs.clear(); proxies.clear(); fins.clear()
gc.collect()
gc.enable()
sys.unraisablehook = sys.__unraisablehook__
'''

SPECIAL_NAMES = ["int", "str", "tuple", "set", "eqonly"]


def line(op):
    """The Python statement of one op (the replayer reads the same op)."""
    kind = op["op"]
    if kind == "new":
        return "new(%r, %r)" % (op["obj"], op["kind"])
    if kind == "ref":
        return "out.append(attempt(lambda: mkref(%r, %r, %r)))" % (op["ref"], op["obj"], op["callback"])
    if kind == "proxy":
        return "out.append(attempt(lambda: mkproxy(%r)))" % op["obj"]
    if kind == "del":
        return "del objs[%r]" % op["obj"]
    if kind == "pair":
        return "objs[%r].partner, objs[%r].partner = objs[%r], objs[%r]" % (op["a"], op["b"], op["b"], op["a"])
    if kind == "hold":
        return "objs[%r].wr = weakref.ref(objs[%r], cb(%r))" % (op["holder"], op["obj"], op["ref"])
    if kind == "collect":
        return "gc.collect()"
    if kind == "ws_add":
        return "out.append(attempt(lambda: ws.add(target(%r))))" % op["obj"]
    if kind == "ws_discard":
        return "out.append(attempt(lambda: ws.discard(target(%r))))" % op["obj"]
    if kind == "ws_contains":
        return "out.append(attempt(lambda: target(%r) in ws))" % op["obj"]
    if kind == "wkd_set":
        return "out.append(attempt(lambda: wkd.__setitem__(target(%r), %d)))" % (op["obj"], op["value"])
    if kind == "wkd_get":
        return "out.append(attempt(lambda: wkd.get(target(%r))))" % op["obj"]
    if kind == "wkd_contains":
        return "out.append(attempt(lambda: target(%r) in wkd))" % op["obj"]
    if kind == "wvd_set":
        return "out.append(attempt(lambda: wvd.__setitem__(%r, target(%r))))" % (op["key"], op["obj"])
    if kind == "wvd_get":
        return "out.append(attempt(lambda: label_of(wvd.get(%r))))" % op["key"]
    if kind == "len":
        return "out.append(attempt(lens))"
    if kind == "finalize":
        return "fins[%r] = weakref.finalize(objs[%r], fin_cb(%r))" % (op["fin"], op["obj"], op["fin"])
    if kind == "fin_call":
        return "out.append(attempt(lambda: fins[%r]()))" % op["fin"]
    if kind == "fin_detach":
        return "out.append(attempt(lambda: fins[%r].detach() is not None))" % op["fin"]
    if kind == "fin_alive":
        return "out.append(attempt(lambda: fins[%r].alive))" % op["fin"]
    raise ValueError(op)


def make(ops, measured, out_of_scope=None):
    source = PREAMBLE + "\n".join(line(op) for op in ops) + "\n" + EPILOGUE % (sorted(measured),)
    return scenarios.scenario(source, {"ops": ops, "measured": sorted(measured)}, scenarios.run(source), out_of_scope)


class World:
    """What the generator knows while it writes ops, so that every op it writes is valid Python."""

    def __init__(self):
        self.kinds = {}        # name -> kind, every object made
        self.named = []        # names still bound
        self.partner = {}      # name -> partner name
        self.holders = set()   # paired objects already holding a weakref
        self.dropped = set()   # objects whose refs a container or a finalizer dropped (CPython frees those refs)
        self.in_ws = set()
        self.wvd = {}          # key -> object name
        self.fins = {}         # finalizer -> object name
        self.count = 0
        self.collected = False

    def new_name(self, prefix):
        self.count += 1
        return "%s%d" % (prefix, self.count)

    def referenceable(self):
        return [n for n in self.named if self.kinds[n] != "slots"]


def random_ops(rng):
    w = World()
    ops = []
    for _ in range(rng.randint(2, 5)):
        name = w.new_name("o")
        kind = rng.choice(["plain", "plain", "plain", "callable", "slots"])
        w.kinds[name] = kind
        w.named.append(name)
        ops.append({"op": "new", "obj": name, "kind": kind})
    for _ in range(rng.randint(6, 24)):
        live = w.referenceable()
        choice = rng.random()
        if choice < 0.08 and len(w.named) < 8:
            name = w.new_name("o")
            kind = rng.choice(["plain", "plain", "callable"])
            w.kinds[name] = kind
            w.named.append(name)
            ops.append({"op": "new", "obj": name, "kind": kind})
        elif choice < 0.28 and w.named:
            obj = rng.choice(w.named + (SPECIAL_NAMES if rng.random() < 0.15 else []))
            ops.append({"op": "ref", "ref": w.new_name("r"), "obj": obj,
                        "callback": rng.choice(["log", "log", "log", "none", "boom"])})
        elif choice < 0.32 and w.named:
            ops.append({"op": "proxy", "obj": rng.choice(w.named)})
        elif choice < 0.45 and w.named:
            obj = rng.choice(w.named)
            w.named.remove(obj)
            ops.append({"op": "del", "obj": obj})
        elif choice < 0.50:
            single = [n for n in live if n not in w.partner]
            if len(single) >= 2:
                a, b = rng.sample(single, 2)
                w.partner[a], w.partner[b] = b, a
                ops.append({"op": "pair", "a": a, "b": b})
        elif choice < 0.54:
            holders = [n for n in live if n in w.partner and n not in w.holders]
            if holders and live:
                holder = rng.choice(holders)
                w.holders.add(holder)
                ops.append({"op": "hold", "holder": holder, "obj": rng.choice(live), "ref": w.new_name("h")})
        elif choice < 0.58 and not w.collected:
            # One collection per program: a second one would meet the survivors of the first in the order the
            # collector's list moves left them (exercise 05's business), not in creation order.
            w.collected = True
            ops.append({"op": "collect"})
        elif choice < 0.66:
            obj = pick(rng, w, live)
            if obj in w.kinds:
                w.in_ws.add(obj)
            ops.append({"op": "ws_add", "obj": obj})
        elif choice < 0.69:
            obj = pick(rng, w, live)
            if obj in w.in_ws:
                w.dropped.add(obj)
                w.in_ws.discard(obj)
            ops.append({"op": "ws_discard", "obj": obj})
        elif choice < 0.72:
            ops.append({"op": "ws_contains", "obj": pick(rng, w, live)})
        elif choice < 0.79:
            ops.append({"op": "wkd_set", "obj": pick(rng, w, live), "value": rng.randint(0, 9)})
        elif choice < 0.82:
            ops.append({"op": "wkd_get", "obj": pick(rng, w, live)})
        elif choice < 0.84:
            ops.append({"op": "wkd_contains", "obj": pick(rng, w, live)})
        elif choice < 0.90:
            key = "k%d" % rng.randint(1, 3)
            obj = pick(rng, w, live)
            if key in w.wvd:
                w.dropped.add(w.wvd[key])
            if obj in w.kinds and w.kinds[obj] != "slots":
                w.wvd[key] = obj
            ops.append({"op": "wvd_set", "key": key, "obj": obj})
        elif choice < 0.92:
            ops.append({"op": "wvd_get", "key": "k%d" % rng.randint(1, 3)})
        elif choice < 0.94:
            ops.append({"op": "len"})
        elif choice < 0.97 and live:
            fin = w.new_name("f")
            w.fins[fin] = rng.choice(live)
            ops.append({"op": "finalize", "fin": fin, "obj": w.fins[fin]})
        elif w.fins:
            fin = rng.choice(sorted(w.fins))
            kind = rng.choice(["fin_call", "fin_detach", "fin_alive"])
            if kind != "fin_alive":
                w.dropped.add(w.fins[fin])
            ops.append({"op": kind, "fin": fin})
    if rng.random() < 0.5 and not w.collected:
        ops.append({"op": "collect"})
    ops.append({"op": "len"})
    measured = [n for n in w.kinds if n not in w.dropped]
    return ops, measured


def pick(rng, w, live):
    """A living object most of the time; now and then one that cannot be weakly referenced or hashed."""
    slots = [n for n in w.named if w.kinds[n] == "slots"]
    if rng.random() < 0.12 or not live:
        return rng.choice(SPECIAL_NAMES + slots)
    return rng.choice(live)


def random_scenario(rng):
    return make(*random_ops(rng))


def corners():
    """The lesson's examples and the infidelities issue 14 names, written out."""
    def new(*names, kind="plain"):
        return [{"op": "new", "obj": n, "kind": kind} for n in names]
    cases = [
        # callbacks newest first, all refs dead before the first one runs
        (new("o1") + [{"op": "ref", "ref": r, "obj": "o1", "callback": "log"} for r in ("r1", "r2", "r3")]
         + [{"op": "del", "obj": "o1"}], []),
        # a raising callback is reported and the others run
        (new("o1") + [{"op": "ref", "ref": "r1", "obj": "o1", "callback": "log"},
                      {"op": "ref", "ref": "r2", "obj": "o1", "callback": "boom"},
                      {"op": "ref", "ref": "r3", "obj": "o1", "callback": "log"}, {"op": "del", "obj": "o1"}], []),
        # a callback sees a WeakSet member that is dead but whose removal callback has not run yet
        (new("o1") + [{"op": "ws_add", "obj": "o1"}, {"op": "ref", "ref": "r1", "obj": "o1", "callback": "log"},
                      {"op": "ref", "ref": "r0", "obj": "o1", "callback": "none"},
                      {"op": "wkd_set", "obj": "o1", "value": 1}, {"op": "del", "obj": "o1"}, {"op": "len"}], []),
        # WeakKeyDictionary.get of an int raises, `in` answers False; discard of an int raises
        (new("o1") + [{"op": "wkd_set", "obj": "o1", "value": 3}, {"op": "wkd_get", "obj": "int"},
                      {"op": "wkd_contains", "obj": "int"}, {"op": "ws_discard", "obj": "int"},
                      {"op": "ws_contains", "obj": "int"}, {"op": "wkd_get", "obj": "o1"}], ["o1"]),
        # unhashable members and keys
        (new("o1") + [{"op": "ws_add", "obj": "set"}, {"op": "ws_add", "obj": "eqonly"},
                      {"op": "wkd_set", "obj": "set", "value": 1}, {"op": "wkd_set", "obj": "eqonly", "value": 1},
                      {"op": "ws_contains", "obj": "set"}, {"op": "wkd_contains", "obj": "eqonly"},
                      {"op": "wkd_get", "obj": "set"}, {"op": "len"}], ["o1"]),
        # proxies: callable referents give CallableProxyType
        (new("o1") + new("o2", kind="callable") + new("o3", kind="slots")
         + [{"op": "proxy", "obj": o} for o in ("o1", "o2", "o3", "int")], ["o1", "o2"]),
        # a collection: a garbage ref's callback never runs, the others do, in list order
        (new("o1", "o2", "o3") + [{"op": "pair", "a": "o1", "b": "o2"},
                                  {"op": "hold", "holder": "o1", "obj": "o3", "ref": "h1"},
                                  {"op": "hold", "holder": "o2", "obj": "o1", "ref": "h2"},
                                  {"op": "ref", "ref": "r1", "obj": "o2", "callback": "log"},
                                  {"op": "ref", "ref": "r2", "obj": "o1", "callback": "log"},
                                  {"op": "ws_add", "obj": "o2"}, {"op": "del", "obj": "o1"},
                                  {"op": "del", "obj": "o2"}, {"op": "collect"}, {"op": "len"}], ["o3"]),
        # the newer WeakValueDictionary value survives the older one's death
        (new("o1", "o2") + [{"op": "wvd_set", "key": "k1", "obj": "o1"}, {"op": "wvd_set", "key": "k1", "obj": "o2"},
                            {"op": "del", "obj": "o1"}, {"op": "wvd_get", "key": "k1"}, {"op": "len"}], ["o2"]),
        # finalize: call, detach, death
        (new("o1", "o2") + [{"op": "finalize", "fin": "f1", "obj": "o1"}, {"op": "finalize", "fin": "f2", "obj": "o1"},
                            {"op": "finalize", "fin": "f3", "obj": "o2"}, {"op": "ref", "ref": "r1", "obj": "o1", "callback": "log"},
                            {"op": "fin_call", "fin": "f1"}, {"op": "fin_alive", "fin": "f1"},
                            {"op": "fin_detach", "fin": "f3"}, {"op": "del", "obj": "o1"}, {"op": "del", "obj": "o2"},
                            {"op": "fin_alive", "fin": "f2"}], []),
    ]
    by_value = "a weak container key that hashes and compares by value (a frozenset, a class defining __hash__)"
    return [make(ops, measured) for ops, measured in cases] + [
        make(new("o1") + [{"op": "ws_add", "obj": "o1"}, {"op": "ws_add", "obj": "frozenset"}], ["o1"], by_value),
        make(new("o1") + [{"op": "wkd_set", "obj": "hashed", "value": 1}], ["o1"], by_value),
    ]


if __name__ == "__main__":
    scenarios.main(corners(), random_scenario)
