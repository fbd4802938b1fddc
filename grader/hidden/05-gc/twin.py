"""Python twin of GcFacts.java: prints every CPython 3.11 fact the 05-gc hidden tests assert, as NAME=value.

Run with python3 (3.11). Each value is measured here, not typed in: if CPython disagrees with GcFacts, the kit
reports the difference.
"""
import gc
import sys


def fact(name, value):
    print(f"{name}={value}")


class Plain:
    pass


def generation_of(obj):
    for g in range(3):
        if any(o is obj for o in gc.get_objects(generation=g)):
            return g
    return -1


def value_error(call):
    try:
        call()
    except ValueError as e:
        return str(e)
    return "no error"


def tracking():
    fact("TRACKED_INT", gc.is_tracked(int("12345")))
    fact("TRACKED_STR", gc.is_tracked("".join(["a", "b"])))
    fact("TRACKED_FLOAT", gc.is_tracked(float("1.5")))
    fact("TRACKED_NONE", gc.is_tracked(None))
    fact("TRACKED_BYTEARRAY", gc.is_tracked(bytearray(b"a")))
    fact("TRACKED_LIST", gc.is_tracked([]))
    fact("TRACKED_SET", gc.is_tracked(set()))
    fact("TRACKED_INSTANCE", gc.is_tracked(Plain()))
    fact("TRACKED_CLASS", gc.is_tracked(Plain))
    fact("TRACKED_FUNCTION", gc.is_tracked(generation_of))
    fact("TRACKED_NEW_TUPLE_OF_ATOMS", gc.is_tracked(tuple([1, 2])))

    t = tuple([1, 2])
    u = tuple([1, []])
    gc.collect()
    fact("TRACKED_TUPLE_OF_ATOMS_AFTER_COLLECT", gc.is_tracked(t))
    fact("TRACKED_TUPLE_WITH_LIST_AFTER_COLLECT", gc.is_tracked(u))

    d = {}
    fact("TRACKED_EMPTY_DICT", gc.is_tracked(d))
    d[1] = 2
    fact("TRACKED_DICT_OF_ATOMS", gc.is_tracked(d))
    d[2] = []
    fact("TRACKED_DICT_WITH_LIST", gc.is_tracked(d))
    del d[2]
    fact("TRACKED_DICT_AFTER_LIST_REMOVED", gc.is_tracked(d))
    gc.collect(1)
    fact("TRACKED_DICT_AFTER_YOUNG_COLLECT", gc.is_tracked(d))
    gc.collect()
    fact("TRACKED_DICT_AFTER_FULL_COLLECT", gc.is_tracked(d))

    e = {}
    e[1] = tuple([1, 2])
    fact("TRACKED_DICT_WITH_TRACKED_TUPLE", gc.is_tracked(e))
    gc.collect()
    f = {}
    f[1] = t  # t was untracked by the collection above
    fact("TRACKED_DICT_WITH_UNTRACKED_TUPLE", gc.is_tracked(f))


def counting():
    a = []
    a.append(a)
    del a
    fact("COLLECT_SELF_REFERENCING_LIST", gc.collect())

    a, b = Plain(), Plain()
    a.other, b.other = b, a
    del a, b
    fact("COLLECT_TWO_INSTANCE_CYCLE", gc.collect())

    d = {}
    d[1] = d
    del d
    fact("COLLECT_SELF_REFERENCING_DICT", gc.collect())

    a = []
    t = (a,)
    a.append(t)
    del a, t
    fact("COLLECT_LIST_TUPLE_CYCLE", gc.collect())

    x, y, z = [], [], []
    x.append(y)
    y.append(z)
    z.append(x)
    keep = [x]
    del x, y, z
    fact("COLLECT_CYCLE_REACHABLE_FROM_OUTSIDE", gc.collect())
    del keep
    fact("COLLECT_THREE_LIST_CYCLE", gc.collect())

    fact("INVALID_GENERATION", value_error(lambda: gc.collect(3)))
    fact("GET_OBJECTS_TOO_OLD", value_error(lambda: gc.get_objects(generation=3)))
    fact("GET_OBJECTS_NEGATIVE", value_error(lambda: gc.get_objects(generation=-2)))


def generations():
    fact("THRESHOLDS", list(gc.get_threshold()))
    gc.collect()
    obj = []
    fact("GENERATION_OF_NEW_OBJECT", generation_of(obj))
    gc.collect(0)
    fact("COUNT_AFTER_COLLECT_0", list(gc.get_count()))
    fact("GENERATION_AFTER_COLLECT_0", generation_of(obj))
    gc.collect(1)
    fact("COUNT_AFTER_COLLECT_1", list(gc.get_count()))
    fact("GENERATION_AFTER_COLLECT_1", generation_of(obj))
    gc.collect(2)
    fact("COUNT_AFTER_COLLECT_2", list(gc.get_count()))
    fact("GENERATION_AFTER_COLLECT_2", generation_of(obj))

    held = []
    holder = [held]
    gc.freeze()
    fact("FROZEN_STILL_TRACKED", gc.is_tracked(holder))
    fact("FROZEN_REFERRER_REPORTED", any(r is holder for r in gc.get_referrers(held)))
    fact("FROZEN_IN_GET_OBJECTS", any(o is holder for o in gc.get_objects()))
    gc.unfreeze()
    fact("UNFROZEN_GENERATION", generation_of(holder))
    fact("FREEZE_COUNT_AFTER_UNFREEZE", gc.get_freeze_count())


def finalizers():
    calls = [0]  # a counter: keeping the objects themselves would resurrect them
    saved = []

    class Resurrecting:
        def __del__(self):
            calls[0] += 1
            saved.append(self)

    a, b = Resurrecting(), Resurrecting()
    a.other, b.other = b, a
    fact("FINALIZED_BEFORE_COLLECT", gc.is_finalized(a))
    del a, b
    fact("COLLECT_RESURRECTED_PAIR_FIRST", gc.collect())
    fact("DEL_CALLS_AFTER_FIRST", calls[0])
    fact("FINALIZED_AFTER_RESURRECTION", gc.is_finalized(saved[0]))
    saved.clear()
    fact("COLLECT_RESURRECTED_PAIR_SECOND", gc.collect())
    fact("DEL_CALLS_AFTER_SECOND", calls[0])
    calls[0] = 0

    class Quiet:
        def __del__(self):
            calls[0] += 1

    s = Quiet()
    s.me = s
    del s
    fact("COLLECT_SELF_CYCLE_WITH_DEL", gc.collect())
    fact("DEL_CALLS_SELF_CYCLE", calls[0])
    calls[0] = 0

    class Saver:
        def __del__(self):
            saved.append(self)

    p, q, r = Saver(), Quiet(), []
    p.q, q.p, q.r = q, p, r
    r.append(r)
    del p, q, r
    fact("COLLECT_TRANSITIVE_RESURRECTION_FIRST", gc.collect())
    saved.clear()
    fact("COLLECT_TRANSITIVE_RESURRECTION_SECOND", gc.collect())

    class Raising:
        def __del__(self):
            raise RuntimeError("boom")

    stderr, sys.stderr = sys.stderr, None  # "Exception ignored in ..." would go there
    try:
        a, b = Raising(), Raising()
        a.other, b.other = b, a
        del a, b
        fact("COLLECT_PAIR_WITH_RAISING_DEL", gc.collect())
        calls[0] = 0

        class SavingThenRaising:
            def __del__(self):
                calls[0] += 1
                saved.append(self)
                raise RuntimeError("boom")

        a, b = SavingThenRaising(), SavingThenRaising()
        a.other, b.other = b, a
        del a, b
        fact("COLLECT_RAISING_RESURRECTED_FIRST", gc.collect())
        fact("FINALIZED_AFTER_RAISING_DEL", gc.is_finalized(saved[0]))
        saved.clear()
        fact("COLLECT_RAISING_RESURRECTED_SECOND", gc.collect())
        fact("DEL_CALLS_RAISING_AFTER_SECOND", calls[0])
    finally:
        sys.stderr = stderr


def introspection():
    fact("REFERENTS_OF_ATOMS", gc.get_referents(1, "a", 4j))
    fact("REFERENTS_OF_LIST_DICT_TUPLE_SORTED", sorted(gc.get_referents([1, 2], {3: 4}, (0, 0, 0))))


def named(objs, names):
    """The names of objs, by identity (names: a dict name -> object)."""
    return [next(n for n, o in names.items() if o is x) for x in objs]


def referents_order():
    a, b, c = [], [], []
    names = {"a": a, "b": b, "c": c}
    fact("REFERENTS_OF_TUPLE", named(gc.get_referents((a, b, c)), names))
    fact("REFERENTS_OF_LIST", named(gc.get_referents([a, b, c]), names))
    fact("REFERENTS_OF_STR_KEYED_DICT", named(gc.get_referents({"k1": a, "k2": b}), names))
    key = Plain()
    names["key"] = key
    names["k2"] = "k2"
    fact("REFERENTS_OF_GENERAL_DICT", named(gc.get_referents({"k2": a, key: b}), names))
    once_general = {1: a}
    del once_general[1]
    once_general["k2"] = b
    fact("REFERENTS_OF_DICT_THAT_HELD_AN_INT_KEY", named(gc.get_referents(once_general), names))
    obj = Plain()
    obj.x = a
    obj.y = b
    names["Plain"] = Plain
    fact("REFERENTS_OF_INSTANCE", named(gc.get_referents(obj), names))
    str_key = "".join(["some", "key"])
    d = {str_key: a}
    fact("STR_KEY_REFERRED_BY_DICT", any(r is d for r in gc.get_referrers(str_key)))
    e = {key: a}
    fact("INSTANCE_KEY_REFERRED_BY_DICT", any(r is e for r in gc.get_referrers(key)))


def freezing_counts():
    gc.collect()
    gc.collect(0)                       # count1 = 1
    gc.collect(1)                       # count2 = 1
    gc.collect(0)                       # count1 = 1
    keep = [Plain() for _ in range(5)]  # count0 > 0
    fact("COUNTS_ARE_ALL_SET_BEFORE_FREEZE", all(n > 0 for n in gc.get_count()))
    gc.freeze()
    fact("COUNT_AFTER_FREEZE", list(gc.get_count()))
    gc.unfreeze()
    del keep


def free_list_capacity(make, allocations):
    """How many objects of a kind 3.11 keeps for reuse: allocations that add nothing to count0."""
    slots = [None] * allocations
    keep = [make(i) for i in range(allocations)]   # empties the free list
    del keep                                       # fills it, up to its capacity
    keep = slots
    before = gc.get_count()[0]
    for i in range(allocations):
        keep[i] = make(i)
    return allocations - (gc.get_count()[0] - before)


def allocation_counts():
    fact("FREE_LIST_LISTS", free_list_capacity(lambda i: [], 300))
    fact("FREE_LIST_DICTS", free_list_capacity(lambda i: {}, 300))
    fact("FREE_LIST_TUPLES_OF_ONE", free_list_capacity(lambda i: (i,), 3000))
    fact("FREE_LIST_TUPLES_OF_19", free_list_capacity(lambda i: (i,) * 19, 3000))
    fact("FREE_LIST_TUPLES_OF_20", free_list_capacity(lambda i: (i,) * 20, 300))
    fact("FREE_LIST_INSTANCES", free_list_capacity(lambda i: Plain(), 300))
    fact("FREE_LIST_SETS", free_list_capacity(lambda i: set(), 300))
    slots = [None] * 10
    keep = [[] for _ in range(100)]
    del keep                   # the free list of lists is full
    gc.collect(1)
    before = gc.get_count()[0]
    for i in range(10):
        slots[i] = []
    fact("LISTS_COUNTED_AFTER_A_YOUNG_COLLECTION", gc.get_count()[0] - before)
    del slots
    slots = [None] * 10
    keep = [[] for _ in range(100)]
    del keep
    gc.collect()
    gc.get_count()  # its 3-tuple's free list was emptied too: the next call would count its tuple
    before = gc.get_count()[0]
    for i in range(10):
        slots[i] = []
    fact("LISTS_COUNTED_AFTER_A_FULL_COLLECTION", gc.get_count()[0] - before)
    del slots
    before = gc.get_count()[0]
    obj = Plain()
    fact("INSTANCE_ALLOCATION_ADDS", gc.get_count()[0] - before)
    before = gc.get_count()[0]
    del obj
    fact("INSTANCE_DEALLOCATION_ADDS", gc.get_count()[0] - before)


def lesson_examples():
    import weakref

    class mys:
        pass

    obj = mys()
    ref_still_exist = weakref.ref(obj)
    del obj
    fact("WEAKREF_REPR_DEAD_AFTER_DEL", repr(ref_still_exist).endswith("; dead>"))
    fact("WEAKREF_CALL_AFTER_DEL", ref_still_exist())

    obj = mys()
    obj.me = obj
    ref_still_exist = weakref.ref(obj)
    del obj
    fact("WEAKREF_TO_UNREACHABLE_CYCLE_IS_NONE", ref_still_exist() is None)
    fact("COLLECT_INSTANCE_SELF_CYCLE", gc.collect())
    fact("WEAKREF_CALL_AFTER_COLLECT", ref_still_exist())

    a, b = Plain(), Plain()
    a.other, b.other = b, a
    a.__dict__, b.__dict__
    del a, b
    fact("COLLECT_TWO_INSTANCE_CYCLE_WITH_DICTS", gc.collect())

    saved = []

    class R:
        def __del__(self):
            saved.append(self)

    r = R()
    r.me = r
    del r
    fact("COLLECT_RESURRECTING_SELF_CYCLE_FIRST", gc.collect())
    saved.clear()
    fact("COLLECT_RESURRECTING_SELF_CYCLE_SECOND", gc.collect())

    tuple_of_same_twice()

    class Many:
        pass

    many = Many()
    for i in range(30):
        setattr(many, f"a{i}", [])
    fact("REFERENTS_OF_INSTANCE_WITH_30_NAMES", [type(o).__name__ for o in gc.get_referents(many)])
    seen = Plain()
    seen.x = []
    seen.__dict__
    fact("REFERENTS_OF_INSTANCE_AFTER_DUNDER_DICT", [type(o).__name__ for o in gc.get_referents(seen)])


def tuple_of_same_twice():
    """t = (x, x): its referents and x's referrers (no comprehension here: it would turn x into a cell)."""
    x = []
    t = (x, x)
    referents = gc.get_referents(t)
    fact("REFERENTS_OF_TUPLE_OF_SAME_TWICE", len(referents) == 2 and referents[0] is x and referents[1] is x)
    del referents  # the list holds x too
    referrers = gc.get_referrers(x)
    fact("REFERRERS_OF_ITEM_ARE_THE_TUPLE", len(referrers) == 1 and referrers[0] is t)

gc.disable()  # only the collections this script asks for
gc.collect()
tracking()
counting()
generations()
finalizers()
introspection()
referents_order()
freezing_counts()
allocation_counts()
lesson_examples()
