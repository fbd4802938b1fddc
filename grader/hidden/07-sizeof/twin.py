"""Python twin of SizeFacts.java: prints every CPython size the 07-sizeof tests assert, as NAME=value.

Run with python3 3.11 on 64-bit Linux; the kit compares this output with pymem.sizeof.SizeFacts. The
scripts below (LIST_SCRIPT, DICT_SCRIPT) are replayed by the hidden tests on the model, step by step.
"""
import gc
import sys
import types

size = sys.getsizeof
HAVE_GC = 1 << 14  # Py_TPFLAGS_HAVE_GC

# List script: aN = append N items, iN = insert N items at the front, dN = delete N items from the
# front, c = clear. DICT_SCRIPT: sN = insert N new str keys, oN = insert N new int keys, dN = delete the
# N oldest keys, c = clear. One size is printed after each step.
LIST_SCRIPT = "a20 d15 a3 i2 d5 a9 d4 c a5 d5 a1 i40 d39 a100 d90"
DICT_SCRIPT = "s5 d5 s1 s7 d3 o1 s4 d10 s12 c s2 o9 d11 s30 d25 o3"
# Deletions followed by inserts: a deleted entry's slot stays used until the next resize.
DICT_DELETE_SCRIPT = "s5 d1 s1 s5 d2 s2 d4 o1 s6 d3 s3 d9 s7"
LIST_SHRINK_SCRIPT = "a64 d1 d20 d12 d10 d5 d8 a3 d6 d4"
# pymem.grading.TestStack.RECURSION_PROOF_DEPTH: a 1 MiB test stack over 16-byte minimal frames.
RECURSION_PROOF_DEPTH = 1024 * 1024 // 16


class C:
    pass


# Class hierarchies as "Name(Base,...)[slot,...]": [] is __slots__ = (), no brackets is no __slots__.
# The hidden tests build the same classes on the model (SizeFixtures.classes).
SLOT_CLASSES = ("A() S0()[] S1()[a] S2()[a,b] SD()[__dict__] SDa()[a,__dict__] SW()[__weakref__] "
                "SWa()[a,__weakref__] SDW()[__dict__,__weakref__] SDWa()[a,__dict__,__weakref__] Sub1(S1)[b] "
                "SubNo(S1) SubA(A)[b] SubA0(A)[] Sub2(Sub1)[c,d] SubNoE(S0) SubD(S1)[__dict__] "
                "SubW(S1)[__weakref__] SubW2(SW)[a] SubD2(SD)[a] SubD2n(SD) M(S1,A) M2(A,S1)[c] M3(SW,SD) "
                "M4(Sub1,S1)[e] M5(S0,SW)[] Dup()[a,a] Shadow(S1)[a]")
# Classes CPython refuses to create; each is tried alone, after the classes of SLOT_CLASSES.
REFUSED_CLASSES = "X1(S1,S2) X2(A)[__dict__] X3(A)[__weakref__] X4(SW)[__weakref__] X5(SubNo,S2)[] X6(S2,S1)[c] X7(A,SubA0)"


def make_classes(spec, known):
    """Creates the classes of spec in order, adding them to known; returns {name: class or error text}."""
    made = {}
    for token in spec.split():
        name, rest = token.split("(", 1)
        bases_text, rest = rest.split(")", 1)
        bases = tuple(known[b] for b in bases_text.split(",") if b)
        namespace = {}
        if rest:
            namespace["__slots__"] = tuple(x for x in rest[1:-1].split(",") if x)
        try:
            made[name] = known[name] = type(name, bases, namespace)
        except TypeError as e:
            made[name] = str(e).split("\n")[0]  # the MRO error goes on over a second line
    return made


def slotted(n):
    return type(f"S{n}", (), {"__slots__": tuple(f"x{i}" for i in range(n))})


def cell():
    y = [1]

    def g():
        return y
    return g.__closure__[0]


def replay_list(script):
    items, sizes = [], []
    for step in script.split():
        op, n = step[0], int(step[1:] or 0)
        if op == "a":
            for _ in range(n):
                items.append(None)
        elif op == "i":
            for _ in range(n):
                items.insert(0, None)
        elif op == "d":
            for _ in range(n):
                del items[0]
        else:
            items.clear()
        sizes.append(size(items))
    return sizes


def replay_dict(script):
    d, sizes, counter = {}, [], 0
    for step in script.split():
        op, n = step[0], int(step[1:] or 0)
        for _ in range(n):
            counter += 1
            if op == "s":
                d[f"key{counter}"] = None
            elif op == "o":
                d[counter * 1000] = None
            else:
                del d[next(iter(d))]
        if op == "c":
            d.clear()
        sizes.append(size(d))
    return sizes


def appended(n):
    items = []
    for _ in range(n):
        items.append(None)
    return items


def dict_with(keys):
    d = {}
    for k in keys:
        d[k] = None
    return d


def deep_size(root):
    """Sum of getsizeof over distinct reachable objects, classes and functions skipped.

    References are followed with gc.get_referents, except for dicts: a dict with only str keys does not
    report its keys to the collector (str cannot form cycles), yet they are part of its data.
    """
    seen, pending, total = set(), [root], 0
    while pending:
        obj = pending.pop()
        if isinstance(obj, (type, types.FunctionType)) or id(obj) in seen:
            continue
        seen.add(id(obj))
        total += size(obj)
        if type(obj) is dict:
            pending.extend(obj.keys())
            pending.extend(obj.values())
        else:
            pending.extend(gc.get_referents(obj))
    return total


def facts():
    out = {}
    out["INT_SIZES_POW2"] = [size(2 ** k) for k in range(0, 200)]
    out["INT_SIZES_POW2_MINUS_1"] = [size(2 ** k - 1) for k in range(0, 200)]
    out["INT_SIZES_NEGATIVE_POW2"] = [size(-(2 ** k)) for k in range(0, 200)]
    out["TRUE_SIZE"], out["FALSE_SIZE"] = size(True), size(False)
    out["FLOAT_SIZE"], out["COMPLEX_SIZE"], out["NONE_SIZE"] = size(1.5), size(1j), size(None)
    out["BYTES_SIZES"] = [size(b"x" * n) for n in range(0, 21)]
    out["BYTEARRAY_SIZES"] = [size(bytearray(b"x" * n)) for n in range(0, 21)]

    out["STR_ASCII_SIZES"] = [size("a" * n) for n in range(0, 21)]
    out["STR_LATIN1_SIZES"] = [size("\u00e9" * n) for n in range(1, 21)]
    out["STR_UCS2_SIZES"] = [size("\u20ac" * n) for n in range(1, 21)]
    out["STR_UCS4_SIZES"] = [size("\U0001F600" * n) for n in range(1, 21)]
    boundary = [0x7F, 0x80, 0xFF, 0x100, 0xFFFF, 0x10000, 0x10FFFF]
    out["STR_BOUNDARY_CODE_POINTS"] = boundary
    out["STR_BOUNDARY_SIZES"] = [size("ab" + chr(cp)) for cp in boundary]

    out["TUPLE_SIZES"] = [size(tuple([None] * n)) for n in range(0, 21)]
    out["LIST_APPEND_SIZES"] = [size(appended(n)) for n in range(0, 201)]
    out["LIST_REPEAT_SIZES"] = [size([None] * n) for n in range(0, 51)]
    out["LIST_FROM_SIZED_SIZES"] = [size(list(range(n))) for n in range(0, 51)]
    out["LIST_CONSTANT_DISPLAY_SIZE"] = size([1, 2, 3])
    a, b, c = 1, 2, 3
    out["LIST_DISPLAY_SIZE"] = size([a, b, c])
    names = dict.fromkeys("abcdefghijklmnopqrstuvwxyz", None)
    out["LIST_DISPLAY_LENGTHS"] = list(range(0, 65))
    out["LIST_NAME_DISPLAY_SIZES"] = [size(eval("[" + ", ".join("a" * n) + "]", names))
                                      for n in out["LIST_DISPLAY_LENGTHS"]]
    out["LIST_CONSTANT_DISPLAY_SIZES"] = [size(eval("[" + ", ".join(["1"] * n) + "]"))
                                          for n in out["LIST_DISPLAY_LENGTHS"]]
    out["LIST_MIXED_DISPLAY_SIZES"] = [size(eval("[" + ", ".join(["a"] + ["1"] * (n - 1)) + "]", names))
                                       for n in out["LIST_DISPLAY_LENGTHS"] if n > 0]
    out["LIST_COMPREHENSION_SIZES"] = [size([x for x in range(n)]) for n in out["LIST_DISPLAY_LENGTHS"]]
    out["LIST_ONE_CONSTANT_DISPLAY_SIZE"] = size([1])
    out["LIST_TWO_CONSTANT_DISPLAY_SIZE"] = size([1, 2])
    out["LIST_SCRIPT"] = LIST_SCRIPT
    out["LIST_SCRIPT_SIZES"] = replay_list(LIST_SCRIPT)
    out["LIST_SHRINK_SCRIPT"] = LIST_SHRINK_SCRIPT
    out["LIST_SHRINK_SCRIPT_SIZES"] = replay_list(LIST_SHRINK_SCRIPT)

    out["DICT_STR_KEY_SIZES"] = [size(dict_with([f"k{i}" for i in range(n)])) for n in range(0, 31)]
    out["DICT_LARGE_KEY_COUNTS"] = [100, 200, 500, 1000, 5000, 30000, 50000]
    out["DICT_LARGE_STR_KEY_SIZES"] = [size(dict_with([f"k{i}" for i in range(n)]))
                                       for n in out["DICT_LARGE_KEY_COUNTS"]]
    out["DICT_INT_KEY_SIZES"] = [size(dict_with([i * 1000 for i in range(n)])) for n in range(0, 31)]
    out["DICT_STR_KEYS_THEN_INT_KEY_SIZES"] = [size(dict_with([f"k{i}" for i in range(n)] + [10 ** 6]))
                                               for n in range(0, 13)]
    out["DICT_SCRIPT"] = DICT_SCRIPT
    out["DICT_SCRIPT_SIZES"] = replay_dict(DICT_SCRIPT)
    out["DICT_DELETE_SCRIPT"] = DICT_DELETE_SCRIPT
    out["DICT_DELETE_SCRIPT_SIZES"] = replay_dict(DICT_DELETE_SCRIPT)

    out["SET_SIZES"] = [size(set(list(range(n)))) for n in range(0, 201)]
    out["SET_LARGE_COUNTS"] = [50_000, 78_642, 78_643, 100_000]
    out["SET_LARGE_SIZES"] = [size(set(list(range(n)))) for n in out["SET_LARGE_COUNTS"]]
    out["FROZENSET_SIZES"] = [size(frozenset(list(range(n)))) for n in range(0, 41)]

    obj = C()
    obj.a, obj.b = [1], "x"
    out["INSTANCE_SIZE"] = size(obj)
    out["SLOTS_INSTANCE_SIZES"] = [size(slotted(n)()) for n in range(0, 6)]
    out["CLASS_SIZE"] = size(C)
    out["SLOTS_CLASS_SIZE"] = size(slotted(2))
    out["SLOT_CLASSES"] = SLOT_CLASSES
    classes = make_classes(SLOT_CLASSES, {})
    out["SLOT_CLASS_INSTANCE_SIZES"] = [size(cls()) for cls in classes.values()]
    out["SLOT_CLASS_SIZES"] = [size(cls) for cls in classes.values()]
    out["REFUSED_CLASSES"] = REFUSED_CLASSES
    out["REFUSED_CLASS_ERRORS"] = [make_classes(token, dict(classes))[token.split("(")[0]]
                                   for token in REFUSED_CLASSES.split()]
    out["FUNCTION_SIZE"] = size(cell)
    out["CELL_SIZE"] = size(cell())
    samples = [0, True, 1.5, 1j, None, "s", b"b", bytearray(b"b"), (1,), [1], {1: 2}, {1}, frozenset([1]),
               C(), C, cell, cell()]
    out["GC_TYPE_NAMES"] = " ".join(sorted(type(x).__name__ for x in samples if type(x).__flags__ & HAVE_GC))

    out["DEEP_NOTEBOOK_LIST"] = deep_size([1, 2, [3, 4]])
    out["DEEP_DICT_OF_LIST_AND_STR"] = deep_size({"a": [1, 2, 3], "b": "xyz"})
    x = [1, 2, 3]
    out["DEEP_SHARED_LIST_THREE_TIMES"] = deep_size([x, x, x])
    loop = []
    loop.append(loop)
    out["DEEP_SELF_CONTAINING_LIST"] = deep_size(loop)
    obj = C()
    obj.a, obj.b = [1, 2], "hi"
    out["DEEP_INSTANCE"] = deep_size(obj)
    nested = 0
    for _ in range(RECURSION_PROOF_DEPTH):
        nested = [nested]
    out["DEEP_NESTED_LISTS"] = deep_size(nested)
    big = 10 ** 30
    text = "".join(["sha", "red"])
    out["DEEP_SHARED_ATOMS"] = deep_size([big, big, text, {"a": text}, (big, text)])
    chain = 0
    for _ in range(RECURSION_PROOF_DEPTH):
        chain = (chain,)
    out["DEEP_NESTED_TUPLES"] = deep_size(chain)

    # The lesson's own numbers (README.md).
    x = 60
    out["LESSON_INT_60"] = size(x)
    out["LESSON_NOTEBOOK_LIST"] = size([1, 2, [3, 4]])
    out["LESSON_INT_DIGIT_BOUNDARY"] = [size(2**30 - 1), size(2**30)]
    out["LESSON_STR_SIZES"] = [size('hello'), size('h\u00e9llo'), size('h\u20acllo')]
    grown, slots = [], []
    for i in range(9):
        grown.append(i)
        slots.append((size(grown) - 56) // 8)
    out["LESSON_SLOTS_WHILE_APPENDING"] = slots
    out["LESSON_DICT_SIZES"] = [size({}), size({'a': 1})]
    out["LESSON_LIST_AFTER_5_APPENDS"] = size(appended(5))
    out["LESSON_EMPTY_TUPLE"] = size(())
    capacities = []
    for n in range(0, 80):
        c = (size(appended(n)) - 56) // 8
        if c not in capacities:
            capacities.append(c)
    out["LESSON_APPEND_CAPACITIES"] = capacities[:11]
    out["LESSON_SET_SIZES"] = sorted({size(set(range(n))) for n in range(0, 20)})
    shrunk = [None] * 10
    for _ in range(6):
        del shrunk[0]
    out["LESSON_SHRINK_10_DELETE_6"] = size(shrunk)
    out["LESSON_EMPTY_BYTEARRAY"] = size(bytearray())
    out["LESSON_ASCII_STR_OF_3"] = size('abc')
    out["LESSON_SLOTS_OF_31_AND_33_NAMES"] = [(size(eval("[" + ", ".join("a" * n) + "]", names)) - 56) // 8
                                             for n in (31, 33)]

    class Ordinary:
        pass

    class Slotted(Ordinary):
        __slots__ = ('b',)
    out["LESSON_SLOTTED_UNDER_ORDINARY"] = size(Slotted())
    emptied = []
    for how in ("del", "remove", "pop"):
        for n in (1, 2):
            l = [None] * n
            for _ in range(n):
                {"del": lambda: l.__delitem__(0), "remove": lambda: l.remove(None), "pop": l.pop}[how]()
            emptied.append((size(l) - 56) // 8)
    out["LESSON_SLOTS_LEFT_AFTER_EMPTYING_ONE_AND_TWO_SLOTS_BY_DEL_REMOVE_POP"] = emptied
    return out


def main():
    for name, value in facts().items():
        print(f"{name}={value}")


if __name__ == "__main__":
    main()
