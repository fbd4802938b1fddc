"""Python twin of CopyFacts.java: prints every CPython fact the 08-copy tests assert, as NAME=value.

Run with python3 3.11; the kit compares this output with the constants of pymem.copy.CopyFacts.
"""
import copy
import sys


class C:
    pass


def f():
    pass


def cell():
    y = [1]

    def g():
        return y
    return g.__closure__[0]


def atomic_type_names():
    # The tuple holds a list so that only its type, never its items, can make it come back unchanged.
    samples = [None, 42, True, 3.14, 1j, "hello", b"world", C, f, (1, [2]), frozenset([1]), [1], {1: 2},
               {1}, bytearray(b"ab"), C()]
    deep = sorted({type(x).__name__ for x in samples if copy.deepcopy(x) is x})
    shallow = sorted({type(x).__name__ for x in samples if copy.copy(x) is x})
    return " ".join(deep), " ".join(shallow)


def error_of(fn, x):
    try:
        fn(x)
    except TypeError as e:
        return str(e)
    return "no error"


def memo_after(x):
    memo = {}
    copy.deepcopy(x, memo)
    return memo


def main():
    deep, shallow = atomic_type_names()
    print(f"ATOMIC_TYPES={deep}")
    print(f"COPIED_AS_IS_TYPES={shallow}")
    print(f"CELL_COPY_ERROR={error_of(copy.copy, cell())}")
    print(f"CELL_DEEPCOPY_ERROR={error_of(copy.deepcopy, cell())}")

    fs = frozenset([1, 2])
    print(f"DEEPCOPY_FROZENSET_IS_ORIGINAL={copy.deepcopy(fs) is fs}")
    t = (1, "a", (2, 3))
    print(f"DEEPCOPY_TUPLE_OF_ATOMS_IS_ORIGINAL={copy.deepcopy(t) is t}")
    t = ((1, 2), 3)
    print(f"DEEPCOPY_NESTED_TUPLE_OF_ATOMS_IS_ORIGINAL={copy.deepcopy(t) is t}")
    t = (1, [2])
    print(f"DEEPCOPY_TUPLE_WITH_LIST_IS_ORIGINAL={copy.deepcopy(t) is t}")
    print(f"COPY_TUPLE_WITH_LIST_IS_ORIGINAL={copy.copy(t) is t}")
    t = (1, frozenset([2]))
    print(f"DEEPCOPY_TUPLE_WITH_FROZENSET_IS_ORIGINAL={copy.deepcopy(t) is t}")

    print(f"MEMO_LEN_LIST_OF_FOUR_INTS={len(memo_after([1, 2, 3, 4]))}")
    print(f"MEMO_LEN_LIST_OF_ATOMIC_TUPLE={len(memo_after([(1, 2)]))}")
    x = [[1], [2]]
    memo = memo_after(x)
    print(f"MEMO_LEN_LIST_OF_TWO_LISTS={len(memo)}")
    kept = memo[id(memo)]
    print(f"KEEPALIVE_LIST_OF_TWO_LISTS_OUTER_IS_LAST={kept[-1] is x and kept[0] is x[0] and kept[1] is x[1]}")
    x = ([],)
    x[0].append(x)
    memo = memo_after(x)
    kept = memo[id(memo)]
    print(f"KEEPALIVE_REFLEXIVE_TUPLE_LEN={len(kept)}")
    print(f"KEEPALIVE_REFLEXIVE_TUPLE_NAMES_THE_TUPLE_TWICE={[k is x for k in kept] == [True, False, True]}")

    order = []

    class Recorder:
        def __init__(self, name):
            self.name = name

        def __deepcopy__(self, memo):
            order.append(self.name)
            return Recorder(self.name)
    copy.deepcopy({Recorder("key"): Recorder("value")})
    print(f"DICT_DEEPCOPY_ORDER={' then '.join(order)}")

    s = set()
    member = C()
    s.add(member)
    member.back = s
    y = copy.deepcopy(s)
    print(f"SET_CYCLE_THROUGH_INSTANCE_PRESERVED={next(iter(y)).back is y}")

    print(f"DEFAULT_RECURSION_LIMIT={sys.getrecursionlimit()}")

    key = C()
    key.tag = [1]
    d = {key: [2], "plain": key}
    y = copy.deepcopy(d)
    new_key = next(k for k in y if isinstance(k, C))
    print(f"DEEPCOPY_INSTANCE_KEY_IS_ORIGINAL={new_key is key}")
    print(f"DEEPCOPY_INSTANCE_KEY_SHARED_WITH_VALUE={y['plain'] is new_key}")
    print(f"DEEPCOPY_INSTANCE_KEY_ATTRIBUTE_IS_ORIGINAL={new_key.tag is key.tag}")

    ba = bytearray(b"ab")
    y = copy.deepcopy([ba, ba])
    print(f"DEEPCOPY_BYTEARRAY_IS_ORIGINAL={y[0] is ba}")
    print(f"DEEPCOPY_SHARED_BYTEARRAY_COPIED_ONCE={y[0] is y[1]}")

    calls = []

    class Hooked:
        def __deepcopy__(self, memo):
            calls.append(self)
            return Hooked()
    h = Hooked()
    y = copy.deepcopy([h, [h]])
    print(f"HOOK_CALLS_FOR_OBJECT_REACHED_TWICE={len(calls)}")
    print(f"HOOK_COPY_SHARED_THROUGH_TWO_PATHS={y[0] is y[1][0]}")

    x = ([], 1)
    x[0].append(x)
    y = copy.deepcopy([x, x])
    print(f"CYCLIC_TUPLE_REACHED_TWICE_COPIED_ONCE={y[0] is y[1]}")
    print(f"CYCLIC_TUPLE_COPY_HOLDS_ITSELF={y[0][0][0] is y[0]}")


if __name__ == "__main__":
    main()
