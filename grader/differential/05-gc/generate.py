"""Differential scenarios for 05-gc: random object graphs with finalizers and resurrection against gc.collect().

Each scenario is a straight-line program over the names n0..n7, run by exec in a namespace of its own. Objects
are instances of three classes (P: no finalizer; D: __del__ records its label; R: __del__ records its label and
resurrects the object into the list `saved`) and, in the first family, lists. The program links them through
attributes and list items, drops names, and calls gc.collect(generation), recording what each collection returns
and the order of the __del__ calls. Two families:
  collect     the collector disabled, explicit collections of generations 0, 1 and 2, resurrection and
              `saved.clear()`; a scenario where R's __del__ runs outside a collection (reference counting freed
              it) is drawn again, to keep most scenarios in scope: the collector's API cannot be told that an
              object was finalized then (the replayer counts such scenarios as out of scope when it matters); so is
              one that asks gc.get_referents about an instance whose attributes were set in another order than its
              class's shared key table's (the lesson's Out of scope).
  thresholds  the collector enabled with small thresholds (threshold2 out of reach, as CPython's generation 2 holds
              the whole interpreter) over instances only, which have no free list: gc.get_count() at each check,
              and the automatic collections that allocations trigger.
Usage: python3 generate.py --seed S --count N   (one JSON line per scenario, see ../scenarios.py)
"""
import gc
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import scenarios  # noqa: E402

NAMES = ["n%d" % i for i in range(8)]
ATTRS = ["a", "b", "c"]

PRELUDE = """import gc
gc.disable()
labels = {}
def named(objs):
    return [labels.get(id(o)) for o in objs if id(o) in labels or type(o) is str]
results = []
deaths = []
outside = []
saved = []
collecting = False
class P:
    pass
class D:
    def __del__(self):
        deaths.append(self.label)
class R:
    def __del__(self):
        deaths.append(self.label)
        if not collecting:
            outside.append(self.label)
        saved.append(self)
labels.update({id(P): 'P', id(D): 'D', id(R): 'R', id(saved): 'saved'})
gc.collect()
gc.get_count()  # the full collection emptied the free lists: refill the one of 3-tuples get_count uses
gc.collect(0)
"""


def statement_source(op):
    kind = op[0]
    if kind == "new":
        # op[4], when there is one, is a label for gc.get_referents and gc.get_referrers to name the object by.
        register = "; labels[id(%s)] = %r" % (op[1], op[4]) if len(op) > 4 else ""
        if op[2] == "list":
            return "%s = [%s]%s" % (op[1], ", ".join(op[3]), register)
        if op[2] == "tuple":
            return "%s = (%s,)%s" % (op[1], ", ".join(op[3]), register)
        if op[2] == "dict":
            return "%s = {}%s" % (op[1], register)
        return "%s = %s(); %s.label = %r%s" % (op[1], op[2], op[1], op[3], register)
    if kind == "set":
        return "%s.%s = %s" % (op[1], op[2], op[3])
    if kind == "delattr":
        return "del %s.%s" % (op[1], op[2])
    if kind == "append":
        return "%s.append(%s)" % (op[1], op[2])
    if kind == "alias":
        return "%s = %s" % (op[1], op[2])
    if kind == "del":
        return "del %s" % op[1]
    if kind == "collect":
        return "collecting = True; results.append(gc.collect(%d)); collecting = False" % op[1]
    if kind == "count":
        return "results.extend(gc.get_count())"
    if kind == "dset":
        key = repr(op[2][1]) if op[2][0] == "str" else op[2][1]
        return "%s[%s] = %s" % (op[1], key, op[3])
    if kind == "referents":
        return "results.append(named(gc.get_referents(%s)))" % op[1]
    if kind == "referrers":
        return "results.append(named(gc.get_referrers(%s)))" % op[1]
    if kind == "freeze":
        return "gc.freeze()"
    if kind == "unfreeze":
        return "gc.unfreeze()"
    if kind == "clear_saved":
        return "saved.clear()"
    if kind == "threshold":
        return "gc.set_threshold(%d, %d, %d); gc.enable()" % (op[1], op[2], op[3])
    raise ValueError(op)


def source(ops):
    return PRELUDE + "\n".join(statement_source(op) for op in ops) + "\ngc.disable()\n"


def run(ops):
    """CPython's answer, and whether the scenario is usable (no R finalized by reference counting)."""
    gc.disable()
    gc.collect()
    ns = {}
    exec(compile(source(ops), "<scenario>", "exec"), ns)
    answer = {"value": {"results": list(ns["results"]), "deaths": list(ns["deaths"])}}
    usable = not ns["outside"]
    ns["saved"].clear()
    del ns
    gc.collect()
    return answer, usable


class Program:
    def __init__(self, rng, family):
        self.rng = rng
        self.family = family
        self.ops = []
        self.kinds = {}     # name -> P / D / R / list / tuple / dict
        self.labels = 0

    def bound(self, *kinds):
        return [n for n in NAMES if n in self.kinds and (not kinds or self.kinds[n] in kinds)]

    def step(self):
        rng = self.rng
        instances = self.bound("P", "D", "R")
        choices = ["new"] * 4 + ["del"] * 2 + ["alias"]
        if instances:
            choices += ["set"] * 5 + ["delattr"]
        if self.bound("list"):
            choices += ["append"] * 2
        if self.family == "collect":
            choices += ["collect"] * 2 + ["clear_saved", "referents", "referrers"]
            if self.bound("dict"):
                choices += ["dset"] * 3
        else:
            choices += ["count", "count", "freeze", "unfreeze"]
        kind = rng.choice(choices)
        target = rng.choice(NAMES)
        if kind == "new":
            classes = ["P", "D", "R", "list", "tuple", "dict"] if self.family == "collect" else ["P", "D"]
            what = rng.choice(classes)
            self.labels += 1
            label = "m%d" % self.labels
            if what in ("list", "tuple"):
                items = [rng.choice(self.bound()) for _ in range(rng.randint(1, 3))] if self.bound() else []
                if what == "tuple" and not items:
                    what = "list"
                self.ops.append(["new", target, what, items, label])
            elif what == "dict":
                self.ops.append(["new", target, "dict", [], label])
            else:
                self.ops.append(["new", target, what, label, label] if self.family == "collect"
                                else ["new", target, what, label])
            self.kinds[target] = what
        elif kind == "del" and self.bound():
            name = rng.choice(self.bound())
            self.ops.append(["del", name])
            del self.kinds[name]
        elif kind == "alias" and self.bound():
            source_name = rng.choice(self.bound())
            self.ops.append(["alias", target, source_name])
            self.kinds[target] = self.kinds[source_name]
        elif kind == "set" and self.bound():
            self.ops.append(["set", rng.choice(instances), rng.choice(ATTRS), rng.choice(self.bound())])
        elif kind == "delattr":
            # Only attributes the generator knows were set on that object are deleted: see the op list.
            obj = rng.choice(instances)
            sets = [op for op in self.ops if op[0] == "set" and op[1] == obj]
            if sets:
                self.ops.append(["set", obj, rng.choice(ATTRS), rng.choice(self.bound())])
        elif kind == "append" and self.bound():
            self.ops.append(["append", rng.choice(self.bound("list")), rng.choice(self.bound())])
        elif kind == "collect":
            self.ops.append(["collect", rng.choice([0, 0, 1, 2])])
        elif kind == "clear_saved":
            self.ops.append(["clear_saved"])
        elif kind == "count":
            self.ops.append(["count"])
        elif kind in ("freeze", "unfreeze"):
            self.ops.append([kind])
            self.ops.append(["count"])
        elif kind in ("referents", "referrers") and self.bound():
            self.ops.append([kind, rng.choice(self.bound())])
        elif kind == "dset" and self.bound():
            key = ["name", rng.choice(instances)] if instances and rng.random() < 0.3 else \
                ["str", rng.choice(["k1", "k2", "k3"])]
            self.ops.append(["dset", rng.choice(self.bound("dict")), key, rng.choice(self.bound())])

    def finish(self):
        for name in NAMES:
            if name in self.kinds and self.rng.random() < 0.7:
                self.ops.append(["del", name])
        if self.family == "collect":
            for generation in (0, 1, 2):
                self.ops.append(["collect", generation])
            self.ops.append(["clear_saved"])
            self.ops.append(["collect", 2])
        else:
            self.ops.append(["count"])


def key_table_order_differs(ops):
    """Some get_referents asks about an instance whose own attribute order is not its class's key-table order.

    The lesson puts that out of scope (the model visits an instance's values in the order they were set, CPython
    in its class's shared key table's order), and neither the model nor the collector can tell: such a scenario
    is drawn again, as one with an R finalized outside a collection is."""
    objects = {}   # name -> the object's key in attrs
    attrs = {}     # object -> (class, attribute names in the order they were first set on it)
    tables = {}    # class -> attribute names in the order any instance first set them
    for n, op in enumerate(ops):
        kind = op[0]
        if kind == "new":
            objects[op[1]] = n
            attrs[n] = (op[2], [])
        elif kind == "alias":
            objects[op[1]] = objects[op[2]]
        elif kind == "del":
            objects.pop(op[1], None)
        elif kind == "set":
            cls, names = attrs[objects[op[1]]]
            if op[2] not in names:
                names.append(op[2])
            table = tables.setdefault(cls, [])
            if op[2] not in table:
                table.append(op[2])
        elif kind == "referents":
            cls, names = attrs[objects[op[1]]]
            if cls in ("P", "D", "R") and [a for a in tables.get(cls, []) if a in names] != names:
                return True
    return False


def random_scenario(rng):
    while True:
        family = rng.choice(["collect", "collect", "thresholds"])
        program = Program(rng, family)
        if family == "thresholds":
            program.ops.append(["threshold", rng.randint(2, 12), rng.randint(1, 4), 1000])
        for _ in range(rng.randint(8, 40 if family == "thresholds" else 25)):
            program.step()
        program.finish()
        answer, usable = run(program.ops)
        if usable and not key_table_order_differs(program.ops):
            return scenarios.scenario(source(program.ops), {"statements": program.ops}, answer)


def corners():
    out = []
    # A self cycle; a two-instance cycle; a cycle reachable from outside, then not.
    out.append([["new", "n0", "P", "a"], ["set", "n0", "me", "n0"], ["del", "n0"], ["collect", 2]])
    out.append([["new", "n0", "D", "a"], ["new", "n1", "D", "b"], ["set", "n0", "o", "n1"], ["set", "n1", "o", "n0"],
                ["del", "n0"], ["del", "n1"], ["collect", 0]])
    out.append([["new", "n0", "P", "a"], ["new", "n1", "P", "b"], ["new", "n2", "P", "c"], ["set", "n0", "a", "n1"],
                ["set", "n1", "a", "n2"], ["set", "n2", "a", "n0"], ["new", "n3", "list", ["n0"]], ["del", "n0"],
                ["del", "n1"], ["del", "n2"], ["collect", 2], ["del", "n3"], ["collect", 2]])
    # Resurrection: a pair, then freed for good without a second __del__.
    out.append([["new", "n0", "R", "a"], ["new", "n1", "R", "b"], ["set", "n0", "o", "n1"], ["set", "n1", "o", "n0"],
                ["del", "n0"], ["del", "n1"], ["collect", 2], ["clear_saved"], ["collect", 2]])
    # One resurrecting finalizer keeps what its object reaches alive.
    out.append([["new", "n0", "R", "r"], ["new", "n1", "D", "d"], ["new", "n2", "P", "p"], ["set", "n0", "a", "n1"],
                ["set", "n1", "a", "n2"], ["set", "n2", "a", "n0"], ["del", "n0"], ["del", "n1"], ["del", "n2"],
                ["collect", 0], ["collect", 1], ["clear_saved"], ["collect", 2]])
    # Generations: a young cycle pointing into an old object; collect(0) does not see the old generation.
    out.append([["new", "n0", "D", "old"], ["new", "n1", "D", "young"], ["collect", 0], ["collect", 1],
                ["set", "n0", "y", "n1"], ["set", "n1", "o", "n0"], ["del", "n0"], ["del", "n1"], ["collect", 0],
                ["collect", 1], ["collect", 2]])
    # Thresholds: automatic collections of generations 0 and 1.
    t = [["threshold", 3, 2, 1000]]
    for i in range(12):
        t += [["new", "n%d" % (i % 4), "D", "t%d" % i], ["set", "n%d" % (i % 4), "me", "n%d" % (i % 4)], ["count"]]
    out.append(t)
    out.append([["threshold", 2, 1, 1000], ["new", "n0", "P", "a"], ["count"], ["new", "n1", "P", "b"], ["count"],
                ["del", "n0"], ["count"], ["new", "n2", "P", "c"], ["count"], ["new", "n3", "P", "d"], ["count"],
                ["new", "n4", "P", "e"], ["count"], ["new", "n5", "P", "f"], ["count"]])
    result = []
    for ops in out:
        answer, usable = run(ops)
        assert usable, ops
        result.append(scenarios.scenario(source(ops), {"statements": ops}, answer))
    return result


if __name__ == "__main__":
    scenarios.main(corners(), random_scenario)
