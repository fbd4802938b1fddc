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


gc.disable()  # only the collections this script asks for
gc.collect()
tracking()
counting()
generations()
finalizers()
introspection()
