"""Differential scenarios for 07-sizeof: sys.getsizeof along the history of an object.

Families, each run in CPython 3.11 (64-bit), each answer a list of sizes:
  list     a list built one way (a display of names, of constants or of both, list(seq), [x] * n, a
           comprehension), then appends, inserts at the front, deletions from the front or the end and clear():
           getsizeof after every step;
  dict     {} then inserts of new str or int keys, updates of existing keys, deletions, clear(): after every step;
  set      set() or frozenset() grown by adding distinct ints one at a time: after every add;
  classes  random class hierarchies with __slots__ (named, '__dict__', '__weakref__', or none): the size of an
           instance of each class and of each class (a class CPython refuses to create is out of scope);
  atoms    ints, floats, complex, None, bools, str of every kind, bytes, bytearray, tuples.
Usage: python3 generate.py --seed S --count N   (one JSON line per scenario, see ../scenarios.py)
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import scenarios  # noqa: E402

REFUSED = "a class CPython refuses to create (TypeError at class creation): it has no size"

# ------------------------------------------------------------------------------------------------------- list


def list_source(build, n, steps):
    """build: names | constants | mixed | sized | repeat | comprehension; steps: [op, count] with op in a/i/d/p/c."""
    if build == "names":
        init = "[" + ", ".join(["x"] * n) + "]"
    elif build == "constants":
        init = "[" + ", ".join(str(i) for i in range(n)) + "]"
    elif build == "mixed":
        init = "[" + ", ".join(["x"] + [str(i) for i in range(1, n)]) + "]"
    elif build == "sized":
        init = "list(range(%d))" % n
    elif build == "repeat":
        init = "[None] * %d" % n
    else:
        init = "[i for i in range(%d)]" % n
    lines = ["import sys", "x = None", "l = " + init, "sizes = [sys.getsizeof(l)]"]
    for op, count in steps:
        stmt = {"a": "l.append(None)", "i": "l.insert(0, None)", "d": "del l[0]", "p": "l.pop()", "c": "l.clear()"}[op]
        lines.append("for _ in range(%d):\n    %s\n    sizes.append(sys.getsizeof(l))" % (count, stmt))
    lines.append("result = sizes")
    return "\n".join(lines)


POP_KEEPS_ONE_SLOT = ("l.pop() of the only item of a list with one slot: list_resize(0) keeps an array that is at "
                      "most half empty, while del and remove() free it; the model records both as emptying the list")


def pops_from_one_slot(build, n, steps):
    """True when a pop() empties a list whose array has exactly one slot (what the model cannot tell apart)."""
    namespace = {}
    exec(list_source(build, n, []), namespace)
    l = namespace["l"]
    for op, count in steps:
        for _ in range(count):
            if op == "p" and len(l) == 1 and (sys.getsizeof(l) - 56) // 8 == 1:
                return True
            {"a": lambda: l.append(None), "i": lambda: l.insert(0, None), "d": lambda: l.__delitem__(0),
             "p": l.pop, "c": l.clear}[op]()
    return False


def list_scenario(build, n, steps):
    source = list_source(build, n, steps)
    out_of_scope = POP_KEEPS_ONE_SLOT if pops_from_one_slot(build, n, steps) else None
    return scenarios.scenario(source, {"family": "list", "build": build, "n": n, "steps": steps}, scenarios.run(source),
                              out_of_scope)


def random_list(rng):
    build = rng.choice(["names", "constants", "mixed", "sized", "repeat", "comprehension"])
    n = rng.choice([0, 1, 2, 3, rng.randint(0, 12), rng.randint(25, 40), rng.randint(0, 100)])
    if build == "mixed":
        n = max(n, 1)
    size, steps = n, []
    for _ in range(rng.randint(0, 8)):
        op = rng.choice("aaiddpc")
        if op in "dp" and size == 0:
            op = "a"
        count = 1 if op == "c" else rng.randint(1, 30 if op in "ai" else max(1, size))
        size = 0 if op == "c" else size + count if op in "ai" else size - count
        steps.append([op, count])
    return list_scenario(build, n, steps)


# ------------------------------------------------------------------------------------------------------- dict


def dict_scenario(steps):
    """steps: ["s", key] insert a new str key, ["o", key] a new int key, ["u", key] update, ["d", key] delete, ["c"]."""
    lines = ["import sys", "d = {}", "sizes = []"]
    for step in steps:
        op = step[0]
        if op == "s":
            lines.append("d[%r] = 0" % step[1])
        elif op == "o":
            lines.append("d[%d] = 0" % step[1])
        elif op == "u":
            lines.append("d[%r] = 1" % step[1])
        elif op == "d":
            lines.append("del d[%r]" % step[1])
        else:
            lines.append("d.clear()")
        lines.append("sizes.append(sys.getsizeof(d))")
    lines.append("result = sizes")
    source = "\n".join(lines)
    return scenarios.scenario(source, {"family": "dict", "steps": steps}, scenarios.run(source))


def random_dict(rng):
    keys, steps, counter = [], [], 0
    str_only = rng.random() < 0.6
    for _ in range(rng.randint(1, 60)):
        r = rng.random()
        if r < 0.65 or not keys:
            counter += 1
            if str_only or rng.random() < 0.7:
                key = "k%d" % counter
                steps.append(["s", key])
            else:
                key = counter * 1000
                steps.append(["o", key])
            keys.append(key)
        elif r < 0.75:
            steps.append(["u", rng.choice(keys)])
        elif r < 0.97:
            key = rng.choice(keys)
            keys.remove(key)
            steps.append(["d", key])
        else:
            keys = []
            steps.append(["c"])
    return dict_scenario(steps)


# -------------------------------------------------------------------------------------------------------- set


def set_scenario(kind, n):
    source = ("import sys\ns = set()\nsizes = [sys.getsizeof(s)]\nfor i in range(%d):\n    s.add(i * 7)\n"
              "    sizes.append(sys.getsizeof(%s))\nresult = sizes" % (n, "s" if kind == "set" else "frozenset(list(s))"))
    return scenarios.scenario(source, {"family": "set", "kind": kind, "n": n}, scenarios.run(source))


def random_set(rng):
    return set_scenario(rng.choice(["set", "frozenset"]), rng.choice([rng.randint(0, 30), rng.randint(0, 400)]))


# ---------------------------------------------------------------------------------------------------- classes


def make_classes(spec):
    """Creates the classes "Name(Base,...)[slot,...]" of spec in order; returns [(name, class or TypeError text)]."""
    known, made = {}, []
    for token in spec.split():
        name, rest = token.split("(", 1)
        bases_text, rest = rest.split(")", 1)
        namespace = {}
        if rest:
            namespace["__slots__"] = tuple(x for x in rest[1:-1].split(",") if x)
        try:
            bases = tuple(known[b] for b in bases_text.split(",") if b)
            known[name] = type(name, bases, namespace)
            made.append((name, known[name]))
        except (TypeError, KeyError) as e:
            made.append((name, str(e)))
    return made


CLASSES_SOURCE = '''import sys
spec = %r
known, result = {}, []
for token in spec.split():
    name, rest = token.split("(", 1)
    bases_text, rest = rest.split(")", 1)
    namespace = {} if not rest else {"__slots__": tuple(x for x in rest[1:-1].split(",") if x)}
    known[name] = type(name, tuple(known[b] for b in bases_text.split(",") if b), namespace)
    result.append([sys.getsizeof(known[name]()), sys.getsizeof(known[name])])
'''


def classes_scenario(spec):
    made = make_classes(spec)
    refused = [name for name, cls in made if isinstance(cls, str)]
    if refused:
        # the last class is the refused one (random_classes stops there)
        return scenarios.scenario(CLASSES_SOURCE % spec, {"family": "classes", "spec": spec},
                                  scenarios.run(CLASSES_SOURCE % spec), REFUSED + ": " + made[-1][1])
    return scenarios.scenario(CLASSES_SOURCE % spec, {"family": "classes", "spec": spec}, scenarios.run(CLASSES_SOURCE % spec))


def random_classes(rng):
    tokens, names = [], []
    for i in range(rng.randint(1, 6)):
        name = "C%d" % i
        bases = rng.sample(names, min(len(names), rng.choice([0, 1, 1, 1, 2]))) if names else []
        if rng.random() < 0.3:
            slots = None
        else:
            slots = ["s%d%d" % (i, j) for j in range(rng.choice([0, 0, 1, 1, 2, 3]))]
            if rng.random() < 0.2:
                slots.append("__dict__")
            if rng.random() < 0.2:
                slots.append("__weakref__")
            rng.shuffle(slots)
        tokens.append("%s(%s)%s" % (name, ",".join(bases), "" if slots is None else "[" + ",".join(slots) + "]"))
        names.append(name)
        if any(isinstance(c, str) for _, c in make_classes(" ".join(tokens))):
            break
    return classes_scenario(" ".join(tokens))


# ------------------------------------------------------------------------------------------------------ atoms


def atoms_scenario(values):
    """values: ["int", n] | ["float"] | ["complex"] | ["none"] | ["bool", b] | ["str", s] | ["bytes", n]
    | ["bytearray", n] | ["tuple", n]."""
    exprs = []
    for v in values:
        kind = v[0]
        exprs.append({"int": lambda: "int(%r)" % str(v[1]), "float": lambda: "1.5", "complex": lambda: "2j",
                      "none": lambda: "None", "bool": lambda: repr(v[1]), "str": lambda: "%r" % v[1],
                      "bytes": lambda: "b'x' * %d" % v[1], "bytearray": lambda: "bytearray(b'x' * %d)" % v[1],
                      "tuple": lambda: "tuple([None] * %d)" % v[1]}[kind]())
    source = "import sys\nresult = [%s]" % ", ".join("sys.getsizeof(%s)" % e for e in exprs)
    return scenarios.scenario(source, {"family": "atoms", "values": values}, scenarios.run(source))


def random_text(rng):
    pools = [(0x20, 0x7E), (0x80, 0xFF), (0x100, 0xD7FF), (0xE000, 0xFFFF), (0x10000, 0x10FFFF)]
    chars = []
    for _ in range(rng.randint(0, 12)):
        lo, hi = rng.choice(pools[:rng.randint(1, len(pools))])
        chars.append(chr(rng.randint(lo, hi)))
    return "".join(chars)


def random_atoms(rng):
    values = []
    for _ in range(rng.randint(1, 8)):
        kind = rng.choice(["int", "int", "str", "str", "bytes", "bytearray", "tuple", "float", "complex", "none", "bool"])
        if kind == "int":
            values.append(["int", rng.choice([-1, 1]) * rng.randint(0, 2 ** rng.randint(0, 300))])
        elif kind == "str":
            values.append(["str", random_text(rng)])
        elif kind in ("bytes", "bytearray", "tuple"):
            values.append([kind, rng.randint(0, 40)])
        elif kind == "bool":
            values.append(["bool", rng.random() < 0.5])
        else:
            values.append([kind])
    return atoms_scenario(values)


# -------------------------------------------------------------------------------------------------- scenarios


def corners():
    out = []
    for build in ["names", "constants", "mixed", "sized", "repeat", "comprehension"]:
        for n in [0, 1, 2, 3, 30, 31, 32, 33, 64]:
            if build != "mixed" or n > 0:
                out.append(list_scenario(build, n, [["a", 1], ["d", 1]] if n else [["a", 5]]))
    out.append(list_scenario("repeat", 10, [["d", 6]]))  # the lesson's hint: 120 bytes
    out.append(list_scenario("repeat", 2, [["p", 2], ["a", 3]]))  # pop() empties a two-slot array: freed
    out.append(list_scenario("repeat", 1, [["d", 1], ["a", 2]]))  # del empties a one-slot array: freed
    out.append(list_scenario("repeat", 1, [["p", 1], ["a", 2]]))  # pop() keeps a one-slot array: out of scope
    out.append(dict_scenario([["s", "a"]]))
    out.append(dict_scenario([["s", "k%d" % i] for i in range(12)] + [["o", 5]] + [["d", "k0"], ["c"]]))
    out.append(set_scenario("set", 20))
    out.append(set_scenario("frozenset", 20))
    for spec in ["A() B(A)[b]", "S()[a] T(S)[b] U(T)", "S()[__dict__] T(S)[a]", "S()[__weakref__] T(S)[__weakref__]",
                 "S()[a] T()[b] U(S,T)", "A() B(A)[__dict__]", "S()[a,a] T(S)[a]", "S()[] T(S)[] U(T)[__dict__,__weakref__]"]:
        out.append(classes_scenario(spec))
    out.append(atoms_scenario([["int", 60], ["int", 2 ** 30 - 1], ["int", 2 ** 30], ["str", "hello"], ["str", "h\u00e9llo"],
                               ["str", "h\u20acllo"], ["str", "\U0001F600"], ["bytearray", 0], ["tuple", 0]]))
    return out


def random_scenario(rng):
    family = rng.choice(["list", "list", "list", "dict", "dict", "set", "classes", "classes", "atoms"])
    return {"list": random_list, "dict": random_dict, "set": random_set, "classes": random_classes,
            "atoms": random_atoms}[family](rng)


if __name__ == "__main__":
    scenarios.main(corners(), random_scenario)
