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
# pymem.grading.TestStack.RECURSION_PROOF_DEPTH: a 2 MiB test stack over 16-byte minimal frames.
RECURSION_PROOF_DEPTH = 2 * 1024 * 1024 // 16


class C:
    pass


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
    for _ in range(100_000):
        nested = [nested]
    out["DEEP_NESTED_100000"] = deep_size(nested)
    big = 10 ** 30
    text = "".join(["sha", "red"])
    out["DEEP_SHARED_ATOMS"] = deep_size([big, big, text, {"a": text}, (big, text)])
    chain = 0
    for _ in range(RECURSION_PROOF_DEPTH):
        chain = (chain,)
    out["DEEP_NESTED_TUPLES"] = deep_size(chain)
    return out


def main():
    for name, value in facts().items():
        print(f"{name}={value}")


if __name__ == "__main__":
    main()
