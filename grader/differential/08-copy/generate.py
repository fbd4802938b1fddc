"""Differential scenarios for 08-copy: the identity structure of copies and the contents of the memo.

Each scenario builds a random object graph (lists, dicts, tuples, sets and frozensets, bytearrays, instances of
a plain class, of __slots__ classes with and without a '__dict__' slot, and of a slotted subclass of a plain
class), with sharing and cycles, then takes copy.deepcopy(root, memo) and copy.copy(root). The answer describes
both copies as graphs, breadth first from the root: each object's type, whether it is one of the originals (and
which) or a new object, and what it refers to; and the memo: its length, which original maps to which object,
and what the keep-alive list holds in order (originals by name, temporaries by type).
A set holds atoms and at most one other element: CPython orders a set's elements by hash, the model by insertion.
Usage: python3 generate.py --seed S --count N   (one JSON line per scenario, see ../scenarios.py)
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import scenarios  # noqa: E402

PREAMBLE = '''import copy
class C:
    pass
class S:
    __slots__ = ('a', 'b')
class SD:
    __slots__ = ('a', '__dict__')
class P(C):
    __slots__ = ('s',)
ATOMS = (type(None), int, bool, str)
def describe(root, names):
    """The graph reachable from root, breadth first: [type, original's name or None, contents] per object."""
    index, nodes, queue = {}, [], []
    def ref(x):
        if isinstance(x, ATOMS):
            return ['atom', repr(x)]
        if id(x) not in index:
            index[id(x)] = len(nodes)
            nodes.append(None)
            queue.append(x)
        return ['node', index[id(x)]]
    ref(root)
    while queue:
        x = queue.pop(0)
        if isinstance(x, (list, tuple)):
            contents = [ref(i) for i in x]
        elif isinstance(x, dict):
            contents = [[ref(k), ref(v)] for k, v in x.items()]
        elif isinstance(x, (set, frozenset)):
            contents = [ref(e) for e in sorted(x, key=lambda e: (0, repr(e)) if isinstance(e, ATOMS) else (1, ''))]
        elif isinstance(x, bytearray):
            contents = list(x)
        else:
            attrs = dict(getattr(x, '__dict__', {}))
            for cls in type(x).__mro__:
                for slot in cls.__dict__.get('__slots__', ()):
                    if slot not in ('__dict__', '__weakref__') and hasattr(x, slot):
                        attrs[slot] = getattr(x, slot)
            contents = [[a, ref(attrs[a])] for a in sorted(attrs)]
        nodes[index[id(x)]] = [type(x).__name__, names.get(id(x)), contents]
    return nodes, index
def memo_of(memo, names, copy_index):
    kept = memo.get(id(memo), [])
    def what(x):
        if id(x) in copy_index:
            return ['node', copy_index[id(x)]]
        return ['orig', names[id(x)]] if id(x) in names else ['tmp', type(x).__name__]
    return {'len': len(memo),
            'copies': {names[i]: what(memo[i]) for i in sorted(names, key=names.get) if i in memo},
            'keptAlive': [['orig', names[id(k)]] if id(k) in names else ['tmp', type(k).__name__] for k in kept]}
'''

EPILOGUE = '''names = {id(v): k for k, v in list(globals().items()) if k.startswith('n') and k[1:].isdigit()}
memo = {}
deep = copy.deepcopy(root, memo)
deep_nodes, deep_index = describe(deep, names)
shallow_nodes, _ = describe(copy.copy(root), names)
result = {'deep': deep_nodes, 'memo': memo_of(memo, names, deep_index), 'shallow': shallow_nodes}
'''

INSTANCE_ATTRS = {"C": ["x", "y", "z"], "S": ["a", "b"], "SD": ["a", "x", "y"], "P": ["s", "x"]}


def atom(rng):
    return rng.choice([["int", rng.randint(-5, 300)], ["str", rng.choice(["a", "bc", "key", ""])], ["none"],
                       ["bool", rng.random() < 0.5]])


def atom_source(a):
    return {"int": lambda: str(a[1]), "str": lambda: repr(a[1]), "none": lambda: "None",
            "bool": lambda: repr(a[1])}[a[0]]()


def value_source(v):
    return atom_source(v[1]) if v[0] == "atom" else v[1]


def random_ops(rng):
    """ops: ["new", name, kind, ...], ["append", list, value], ["setitem", dict, key, value], ["setattr", obj, attr,
    value], ["add", set, value]; values are ["atom", atom] or ["ref", name]."""
    ops, kinds, n = [], {}, rng.randint(2, 10)
    for i in range(n):
        name = "n%d" % i
        earlier = list(kinds)
        kind = rng.choice(["list", "list", "dict", "dict", "tuple", "set", "frozenset", "bytearray", "C", "C", "S",
                           "SD", "P"])
        if kind == "tuple":
            # at least one item, built at run time: () and tuples of constants are shared objects in CPython
            items = [["ref", rng.choice(earlier)] if earlier and rng.random() < 0.5 else ["atom", atom(rng)]
                     for _ in range(rng.randint(1, 3))]
            ops.append(["new", name, "tuple", items])
        elif kind in ("set", "frozenset"):
            elements, seen = [], set()
            for _ in range(rng.randint(0, 4)):
                a = atom(rng)
                key = (a[0], str(a[1]) if len(a) > 1 else "")
                if key not in seen and a[0] != "bool" and a[0] != "none":
                    seen.add(key)
                    elements.append(["atom", a])
            hashable = [e for e in earlier if kinds[e] in ("frozenset", "C", "SD", "P", "S")
                        or (kinds[e] == "tuple" and hashable_tuple(ops, e))]
            if hashable and rng.random() < 0.5:
                elements.append(["ref", rng.choice(hashable)])
            ops.append(["new", name, kind, elements])
        elif kind == "bytearray":
            ops.append(["new", name, "bytearray", rng.randint(0, 3)])
        else:
            ops.append(["new", name, kind])
        kinds[name] = kind
    names = list(kinds)
    mutable = [x for x in names if kinds[x] in ("list", "dict", "set", "C", "S", "SD", "P")]
    used_keys = {}
    for _ in range(rng.randint(2, 16)):
        if not mutable:
            break
        target = rng.choice(mutable)
        value = ["ref", rng.choice(names)] if rng.random() < 0.6 else ["atom", atom(rng)]
        kind = kinds[target]
        if kind == "list":
            ops.append(["append", target, value])
        elif kind == "dict":
            keys = used_keys.setdefault(target, set())
            hashable = [e for e in names if kinds[e] in ("C", "S", "SD", "P", "frozenset")]
            if hashable and rng.random() < 0.3:
                key = ["ref", rng.choice(hashable)]
            else:
                key = ["atom", ["str", "k%d" % rng.randint(0, 9)]] if rng.random() < 0.7 else ["atom", ["int", rng.randint(0, 99)]]
            k = repr(key) if key[0] == "atom" else repr(value_of(ops, key[1]))
            if k in keys:
                continue
            keys.add(k)
            ops.append(["setitem", target, key, value])
        elif kind == "set":
            continue
        else:
            attr = rng.choice(INSTANCE_ATTRS[kind])
            ops.append(["setattr", target, attr, value])
    root = rng.choice(names) if rng.random() < 0.3 else None
    if root is None:
        ops.append(["new", "n%d" % n, "list", []])
        for x in rng.sample(names, rng.randint(1, len(names))):
            ops.append(["append", "n%d" % n, ["ref", x]])
        root = "n%d" % n
    return ops, root


def value_of(ops, name):
    """What a dict compares as a key: a frozenset or tuple by its contents (two equal frozensets are one key, as
    the first one stored stays, which a model dict that finds keys by identity would not follow), anything
    else by identity."""
    made = next(op for op in ops if op[0] == "new" and op[1] == name)
    if made[2] not in ("frozenset", "tuple"):
        return ("id", name)
    items = [("atom", e[1][0], str(e[1][1]) if len(e[1]) > 1 else "") if e[0] == "atom" else value_of(ops, e[1])
             for e in made[3]]
    return ("frozenset", frozenset(items)) if made[2] == "frozenset" else ("tuple", tuple(items))


def hashable_tuple(ops, name):
    """A tuple of atoms only (its hash does not need an identity hash of a mutable object)."""
    for op in ops:
        if op[0] == "new" and op[1] == name:
            return all(item[0] == "atom" for item in op[3])
    return False


def source(ops, root):
    lines = []
    for op in ops:
        if op[0] == "new":
            name, kind = op[1], op[2]
            if kind == "tuple":
                lines.append("%s = tuple([%s])" % (name, ", ".join(value_source(v) for v in op[3])))
            elif kind in ("set", "frozenset"):
                lines.append("%s = %s([%s])" % (name, kind, ", ".join(value_source(v) for v in op[3])))
            elif kind == "bytearray":
                lines.append("%s = bytearray(b'x' * %d)" % (name, op[3]))
            elif kind == "list":
                lines.append("%s = []" % name)
            elif kind == "dict":
                lines.append("%s = {}" % name)
            else:
                lines.append("%s = %s()" % (name, kind))
        elif op[0] == "append":
            lines.append("%s.append(%s)" % (op[1], value_source(op[2])))
        elif op[0] == "setitem":
            lines.append("%s[%s] = %s" % (op[1], value_source(op[2]), value_source(op[3])))
        elif op[0] == "setattr":
            lines.append("%s.%s = %s" % (op[1], op[2], value_source(op[3])))
    lines.append("root = %s" % root)
    return PREAMBLE + "\n".join(lines) + "\n" + EPILOGUE


def make(ops, root):
    src = source(ops, root)
    return scenarios.scenario(src, {"ops": ops, "root": root}, scenarios.run(src))


def random_scenario(rng):
    return make(*random_ops(rng))


def corners():
    ref = lambda n: ["ref", n]  # noqa: E731
    num = lambda v: ["atom", ["int", v]]  # noqa: E731
    cases = [
        # [l, l]: shared stays shared
        ([["new", "n0", "list", []], ["append", "n0", num(1)], ["new", "n1", "list", []], ["append", "n1", ref("n0")],
          ["append", "n1", ref("n0")]], "n1"),
        # x = [x]
        ([["new", "n0", "list", []], ["append", "n0", ref("n0")]], "n0"),
        # x = ([],); x[0].append(x)
        ([["new", "n0", "list", []], ["new", "n1", "tuple", [ref("n0")]], ["append", "n0", ref("n1")]], "n1"),
        # a set, a frozenset, a bytearray: their temporaries in the memo
        ([["new", "n0", "set", [num(1), num(2), num(3)]], ["new", "n1", "frozenset", []], ["new", "n2", "bytearray", 2],
          ["new", "n3", "list", []], ["append", "n3", ref("n0")], ["append", "n3", ref("n1")], ["append", "n3", ref("n2")]], "n3"),
        # a set in a cycle through an instance
        ([["new", "n0", "C"], ["new", "n1", "set", [ref("n0")]], ["setattr", "n0", "x", ref("n1")]], "n1"),
        # slotted instances: state tuples and dicts
        ([["new", "n0", "list", []], ["append", "n0", num(1)], ["new", "n1", "S"], ["setattr", "n1", "a", ref("n0")],
          ["setattr", "n1", "b", num(2)], ["new", "n2", "SD"], ["setattr", "n2", "x", ref("n0")], ["setattr", "n2", "a", num(1)],
          ["new", "n3", "P"], ["setattr", "n3", "s", ref("n0")], ["setattr", "n3", "x", num(5)], ["new", "n4", "S"],
          ["new", "n5", "list", []], ["append", "n5", ref("n1")], ["append", "n5", ref("n2")], ["append", "n5", ref("n3")],
          ["append", "n5", ref("n4")]], "n5"),
        # an instance whose attribute is itself, and a dict keyed by an instance
        ([["new", "n0", "C"], ["setattr", "n0", "x", ref("n0")], ["new", "n1", "dict"], ["setitem", "n1", ref("n0"), ref("n0")]], "n1"),
        # a tuple of atoms is its own copy; a tuple holding a list is not
        ([["new", "n0", "tuple", [num(1), ["atom", ["str", "a"]]]], ["new", "n1", "list", []],
          ["new", "n2", "tuple", [ref("n0"), ref("n1")]], ["new", "n3", "list", []], ["append", "n3", ref("n0")],
          ["append", "n3", ref("n2")]], "n3"),
    ]
    return [make(ops, root) for ops, root in cases]


if __name__ == "__main__":
    scenarios.main(corners(), random_scenario)
