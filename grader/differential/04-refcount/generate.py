"""Differential scenarios for 04-refcount: statement sequences against sys.getrefcount, and the order of deaths.

Each scenario is a straight-line program over the names n0..n5 (run by exec in a namespace of its own, with the
collector disabled): containers and instances are built, aliased, stored into, removed from and deleted; at each
`check` the program records sys.getrefcount of every bound name, every statement that raises records its
exception, and instances of the scenario's class M record their label when they die (__del__), so the answer
holds the counts, the errors and the order of deaths. At the end every name is deleted, n0 first.
Usage: python3 generate.py --seed S --count N   (one JSON line per scenario, see ../scenarios.py)
"""
import gc
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import scenarios  # noqa: E402

NAMES = ["n%d" % i for i in range(6)]
ATTRS = ["a", "b", "c", "d"]
KEYS = ["k1", "k2", "k3"]

PRELUDE = """import gc, sys
gc.disable()
ns = globals()
results = []
deaths = []
class M:
    def __init__(self, label):
        self.label = label
    def __del__(self):
        deaths.append(self.label)
"""


def item_source(item):
    return item[1] if item[0] == "name" else "M(%r)" % item[1]


def key_source(key):
    return repr(key[1]) if key[0] == "str" else key[1]


def statement_source(op):
    kind = op[0]
    if kind == "new":
        target, what, items = op[1], op[2], op[3]
        parts = ", ".join(item_source(i) for i in items)
        if what == "list":
            return "%s = [%s]" % (target, parts)
        if what == "tuple":
            return "%s = (%s%s)" % (target, parts, "," if len(items) == 1 else "")
        if what == "dict":
            return "%s = {}" % target
        return "%s = M(%r)" % (target, items[0][1])
    if kind == "alias":
        return "%s = %s" % (op[1], op[2])
    if kind == "del":
        return "del %s" % op[1]
    if kind == "setattr":
        return "%s.%s = %s" % (op[1], op[2], op[3])
    if kind == "delattr":
        return "del %s.%s" % (op[1], op[2])
    if kind == "append":
        return "%s.append(%s)" % (op[1], op[2])
    if kind == "setitem":
        return "%s[%d] = %s" % (op[1], op[2], op[3])
    if kind == "delitem":
        return "del %s[%d]" % (op[1], op[2])
    if kind == "clear":
        return "%s.clear()" % op[1]
    if kind == "dset":
        return "%s[%s] = %s" % (op[1], key_source(op[2]), op[3])
    if kind == "ddel":
        return "del %s[%s]" % (op[1], key_source(op[2]))
    if kind == "check":
        return "results.append([[n, sys.getrefcount(ns[n])] for n in %r if n in ns])" % (NAMES,)
    raise ValueError(op)


def source(ops):
    lines = [PRELUDE.rstrip()]
    for op in ops:
        lines.append(statement_source(op))
    return "\n".join(lines) + "\n"


def without_addresses(message):
    """An instance's repr names its address, which the model chooses differently: 0x? instead."""
    return re.sub(r"0x[0-9a-f]+", "0x?", message)


def run(ops):
    """Runs the program statement by statement in one namespace; CPython's answer."""
    gc.disable()
    ns = {}
    exec(compile(PRELUDE, "<scenario>", "exec"), ns)
    results = ns["results"]
    answers = []
    for op in ops:
        code = compile(statement_source(op), "<scenario>", "exec")
        before = len(results)
        try:
            exec(code, ns)
        except Exception as e:
            answers.append(without_addresses("%s: %s" % (type(e).__name__, e)))
            continue
        answers.append(results[before] if op[0] == "check" else None)
    deaths = list(ns["deaths"])
    del ns  # what is left (cycles, and ns itself through ns["ns"]) goes in the collection below
    gc.enable()
    gc.collect()
    return {"value": {"results": answers, "deaths": deaths}}


def scenario(ops):
    return scenarios.scenario(source(ops), {"statements": ops}, run(ops))


class Program:
    """Builds a random program, knowing what each name is bound to (so that every operation is well typed)."""

    def __init__(self, rng):
        self.rng = rng
        self.ops = []
        self.kinds = {}      # name -> list / tuple / dict / M
        self.labels = 0

    def label(self):
        self.labels += 1
        return "m%d" % self.labels

    def bound(self, *kinds):
        return [n for n in NAMES if n in self.kinds and (not kinds or self.kinds[n] in kinds)]

    def item(self):
        names = self.bound()
        if names and self.rng.random() < 0.7:
            return ["name", self.rng.choice(names)]
        return ["M", self.label()]

    def step(self):
        rng = self.rng
        choices = ["new"] * 5 + ["alias", "del", "check", "check"]
        if self.bound("M"):
            choices += ["setattr"] * 3 + ["delattr"]
        if self.bound("list"):
            choices += ["append"] * 2 + ["setitem", "delitem", "clear"]
        if self.bound("dict"):
            choices += ["dset"] * 3 + ["ddel", "clear"]
        kind = rng.choice(choices)
        target = rng.choice(NAMES)
        if kind == "new":
            what = rng.choice(["list", "list", "tuple", "dict", "M", "M"])
            items = [self.item() for _ in range(rng.randint(1 if what == "tuple" else 0, 4))]
            if what == "M":
                items = [["M", self.label()]]
            if what == "dict":
                items = []
            self.ops.append(["new", target, what, items])
            self.kinds[target] = what
        elif kind == "alias" and self.bound():
            source_name = rng.choice(self.bound())
            self.ops.append(["alias", target, source_name])
            self.kinds[target] = self.kinds[source_name]
        elif kind == "del":
            self.ops.append(["del", target])  # NameError when unbound
            self.kinds.pop(target, None)
        elif kind == "check":
            self.ops.append(["check"])
        elif kind == "setattr" and self.bound():
            self.ops.append(["setattr", rng.choice(self.bound("M")), rng.choice(ATTRS), rng.choice(self.bound())])
        elif kind == "delattr":
            self.ops.append(["delattr", rng.choice(self.bound("M")), rng.choice(ATTRS)])
        elif kind == "append" and self.bound():
            self.ops.append(["append", rng.choice(self.bound("list")), rng.choice(self.bound())])
        elif kind == "setitem" and self.bound():
            self.ops.append(["setitem", rng.choice(self.bound("list")), rng.randint(-3, 3), rng.choice(self.bound())])
        elif kind == "delitem":
            self.ops.append(["delitem", rng.choice(self.bound("list")), rng.randint(-3, 3)])
        elif kind == "clear":
            self.ops.append(["clear", rng.choice(self.bound("list", "dict"))])
        elif kind == "dset" and self.bound():
            self.ops.append(["dset", rng.choice(self.bound("dict")), self.key(), rng.choice(self.bound())])
        elif kind == "ddel":
            self.ops.append(["ddel", rng.choice(self.bound("dict")), self.key()])

    def key(self):
        instances = self.bound("M")
        if instances and self.rng.random() < 0.3:
            return ["name", self.rng.choice(instances)]
        return ["str", self.rng.choice(KEYS)]

    def finish(self):
        self.ops.append(["check"])
        for name in NAMES:
            if name in self.kinds:
                self.ops.append(["del", name])


def random_scenario(rng):
    program = Program(rng)
    for _ in range(rng.randint(6, 30)):
        program.step()
    program.finish()
    return scenario(program.ops)


def marker(label):
    return ["M", label]


def nest(target, depth, prefix):
    """target = [M(prefix0)]; target = [target, M(prefix1)]; ... depth times: a chain of lists."""
    ops = [["new", target, "list", [marker(prefix + "0")]]]
    for i in range(1, depth):
        ops.append(["new", target, "list", [["name", target], marker("%s%d" % (prefix, i))]])
    return ops


def instance_chain(target, depth, prefix):
    """target = M(prefix0); target.a = M(prefix1) ... built from the far end: a chain of instances."""
    ops = [["new", target, "M", [marker("%s%d" % (prefix, depth - 1))]]]
    for i in range(depth - 2, -1, -1):
        ops.append(["new", "n5", "M", [marker("%s%d" % (prefix, i))]])
        ops.append(["setattr", "n5", "a", target])
        ops.append(["alias", target, "n5"])
    ops.append(["del", "n5"])
    return ops


def corners():
    out = []
    # Each kind's order of release.
    out.append([["new", "n0", "list", [marker("a"), marker("b"), marker("c")]], ["del", "n0"]])
    out.append([["new", "n0", "tuple", [marker("a"), marker("b"), marker("c")]], ["del", "n0"]])
    out.append([["new", "n0", "list", [marker("a"), marker("b"), marker("c")]], ["clear", "n0"], ["del", "n0"]])
    out.append([["new", "n0", "dict", []], ["new", "n1", "M", [marker("k")]], ["dset", "n0", ["str", "k1"], "n1"],
                ["new", "n2", "M", [marker("v")]], ["dset", "n0", ["name", "n1"], "n2"], ["del", "n1"], ["del", "n2"],
                ["check"], ["clear", "n0"], ["check"], ["del", "n0"]])
    # Depth first: o.a.a before o.b.
    out.append([["new", "n0", "M", [marker("o")]], ["new", "n1", "M", [marker("a")]], ["new", "n2", "M", [marker("b")]],
                ["new", "n3", "M", [marker("aa")]], ["setattr", "n0", "a", "n1"], ["setattr", "n0", "b", "n2"],
                ["setattr", "n1", "a", "n3"], ["del", "n1"], ["del", "n2"], ["del", "n3"], ["check"], ["del", "n0"]])
    # The class's key table: a second instance setting names in another order, a name deleted and set again.
    out.append([["new", "n0", "M", [marker("p")]], ["new", "n1", "M", [marker("py")]], ["setattr", "n0", "b", "n1"],
                ["new", "n1", "M", [marker("px")]], ["setattr", "n0", "a", "n1"], ["del", "n0"],
                ["new", "n0", "M", [marker("q")]], ["new", "n1", "M", [marker("qa")]], ["setattr", "n0", "a", "n1"],
                ["new", "n1", "M", [marker("qb")]], ["setattr", "n0", "b", "n1"], ["del", "n1"], ["del", "n0"]])
    out.append([["new", "n0", "M", [marker("o")]], ["new", "n1", "M", [marker("a")]], ["setattr", "n0", "a", "n1"],
                ["new", "n1", "M", [marker("b")]], ["setattr", "n0", "b", "n1"], ["delattr", "n0", "a"],
                ["new", "n1", "M", [marker("a2")]], ["setattr", "n0", "a", "n1"], ["del", "n1"], ["del", "n0"]])
    # A crowded class: each instance takes a place in the key table, so names set later give dicts of their own.
    crowd = [["new", "n1", "list", [marker("crowd%d" % i) for i in range(4)]] for _ in range(7)]
    out.append([["new", "n5", "list", []]] + [op for c in crowd for op in (c, ["append", "n5", "n1"])] +
               [["new", "n0", "M", [marker("o")]], ["new", "n1", "M", [marker("y")]], ["setattr", "n0", "y", "n1"],
                ["new", "n1", "M", [marker("x")]], ["setattr", "n0", "x", "n1"], ["del", "n0"],
                ["new", "n0", "M", [marker("p")]], ["new", "n1", "M", [marker("x2")]], ["setattr", "n0", "x", "n1"],
                ["new", "n1", "M", [marker("y2")]], ["setattr", "n0", "y", "n1"], ["del", "n1"], ["del", "n0"],
                ["del", "n5"]])
    # The trashcan: deep chains of lists and of instances, with siblings.
    for depth in (48, 49, 50, 51, 52, 60, 120):
        out.append(nest("n0", depth, "c") + [["new", "n1", "list", [marker("b"), ["name", "n0"]]], ["del", "n0"],
                                             ["del", "n1"]])
    for depth in (49, 50, 51, 75):
        out.append(instance_chain("n0", depth, "i") + [["new", "n1", "list", [marker("b"), ["name", "n0"]]],
                                                        ["del", "n0"], ["del", "n1"]])
    out.append(nest("n0", 70, "x") + nest("n1", 70, "y") + [["new", "n2", "list", [["name", "n0"], ["name", "n1"]]],
                                                           ["del", "n0"], ["del", "n1"], ["del", "n2"]])
    # Counts: aliases, slots, a list holding itself, errors that change nothing.
    out.append([["new", "n0", "list", []], ["alias", "n1", "n0"], ["new", "n2", "list", [["name", "n0"]] * 3],
                ["check"], ["append", "n0", "n0"], ["check"], ["del", "n1"], ["del", "n2"], ["check"],
                ["setitem", "n0", 5, "n0"], ["delitem", "n0", -7], ["new", "n1", "M", [marker("o")]],
                ["delattr", "n1", "a"], ["check"], ["del", "n0"], ["del", "n0"], ["del", "n1"]])
    out.append([["new", "n0", "dict", []], ["new", "n1", "M", [marker("v")]], ["ddel", "n0", ["str", "k1"]],
                ["dset", "n0", ["str", "k1"], "n1"], ["dset", "n0", ["str", "k1"], "n1"], ["check"],
                ["ddel", "n0", ["name", "n1"]], ["ddel", "n0", ["str", "k1"]], ["check"], ["del", "n0"], ["del", "n1"]])
    return [scenario(ops) for ops in out]


if __name__ == "__main__":
    scenarios.main(corners(), random_scenario)
