"""Python twin of pymem.mutability.MutabilityFacts: prints, as NAME=value, every CPython 3.11 fact the
02-mutability hidden tests assert, computed on the running interpreter. Run with python3 3.11.

Messages are caught from the real operation; hashes are the real hash() of deterministic values (ints,
floats, complexes, tuples and frozensets of numbers: str and bytes hashes are randomized per process)."""
import sys

assert sys.version_info[:2] == (3, 11), "the kit models CPython 3.11"


def message(action):
    """str(e) of the exception action raises (and the exception must be raised)."""
    try:
        action()
    except Exception as e:  # noqa: BLE001 - we want whatever CPython raises
        return str(e)
    raise AssertionError("expected an exception")


def iadd(x, y):
    x += y
    return x


def ior(x, y):
    x |= y
    return x


def setitem(c, k, v):
    c[k] = v


def delitem(c, k):
    del c[k]


class Point:
    def __eq__(self, other):
        return self is other


facts = {}

# Operators: + and += with CPython's messages.
facts["MSG_LIST_PLUS_TUPLE"] = message(lambda: [1] + (2,))
facts["MSG_TUPLE_PLUS_LIST"] = message(lambda: (1,) + [2])
facts["MSG_TUPLE_IADD_LIST"] = message(lambda: iadd((1,), [2]))
facts["MSG_STR_PLUS_INT"] = message(lambda: "a" + 1)
facts["MSG_INT_PLUS_STR"] = message(lambda: 1 + "a")
facts["MSG_INT_IADD_STR"] = message(lambda: iadd(1, "a"))
facts["MSG_NONE_PLUS_INT"] = message(lambda: None + 1)
facts["MSG_BYTES_PLUS_STR"] = message(lambda: b"a" + "a")
facts["MSG_BYTEARRAY_IADD_STR"] = message(lambda: iadd(bytearray(b"a"), "a"))
facts["MSG_SET_PLUS_SET"] = message(lambda: {1} + {2})
facts["MSG_SET_IADD_SET"] = message(lambda: iadd({1}, {2}))
facts["MSG_DICT_PLUS_DICT"] = message(lambda: {1: 2} + {3: 4})
facts["MSG_LIST_IADD_INT"] = message(lambda: iadd([], 1))
facts["MSG_LIST_OR_LIST"] = message(lambda: [1] | [2])
facts["MSG_FLOAT_OR_FLOAT"] = message(lambda: 1.0 | 2.0)
facts["MSG_SET_IOR_LIST"] = message(lambda: ior({1}, [2]))
facts["MSG_FROZENSET_IOR_LIST"] = message(lambda: ior(frozenset({1}), [2]))
facts["MSG_INT_TOO_LARGE_FOR_FLOAT"] = message(lambda: 10 ** 400 + 1.0)
facts["TRUE_PLUS_TRUE"] = True + True
facts["LIST_IADD_STR_BYTES"] = repr(iadd(iadd([], "ab"), b"ab"))
facts["DICT_OR_EQUAL_KEYS"] = repr({1: "a"} | {1.0: "b", True: "c"})
facts["SET_IOR_EQUAL_ELEMENTS"] = repr(ior({1}, {1.0, True, 2}))

# Item assignment and deletion.
facts["MSG_TUPLE_SETITEM"] = message(lambda: setitem((1, 2), 0, 9))
facts["MSG_STR_SETITEM"] = message(lambda: setitem("ab", 0, "x"))
facts["MSG_BYTES_SETITEM"] = message(lambda: setitem(b"ab", 0, 1))
facts["MSG_FROZENSET_SETITEM"] = message(lambda: setitem(frozenset(), 0, 1))
facts["MSG_INT_SETITEM"] = message(lambda: setitem(5, 0, 1))
facts["MSG_SET_SETITEM"] = message(lambda: setitem(set(), 0, 1))
facts["MSG_TUPLE_DELITEM"] = message(lambda: delitem((1, 2), 0))
facts["MSG_STR_DELITEM"] = message(lambda: delitem("ab", 0))
facts["MSG_TUPLE_DELITEM_STR_KEY"] = message(lambda: delitem((1, 2), "a"))
facts["MSG_INT_DELITEM"] = message(lambda: delitem(5, 0))
facts["MSG_NONE_DELITEM"] = message(lambda: delitem(None, 0))
facts["MSG_INSTANCE_DELITEM"] = message(lambda: delitem(Point(), 0))
facts["MSG_CLASS_DELITEM"] = message(lambda: delitem(Point, 0))
facts["MSG_LIST_ASSIGNMENT_INDEX"] = message(lambda: setitem([1], 5, 0))
facts["MSG_LIST_INDEX"] = message(lambda: [1][5])
facts["MSG_TUPLE_INDEX"] = message(lambda: (1,)[-2])
facts["MSG_LIST_INDICES_STR"] = message(lambda: setitem([1], "a", 0))
facts["MSG_BYTEARRAY_INDEX"] = message(lambda: delitem(bytearray(b"a"), 1))
facts["MSG_BYTE_RANGE"] = message(lambda: setitem(bytearray(b"a"), 0, 256))
facts["MSG_BYTE_NOT_INT"] = message(lambda: setitem(bytearray(b"a"), 0, "x"))
facts["MSG_KEYERROR_STR"] = message(lambda: delitem({}, "a"))
five = 5
facts["MSG_INT_NOT_SUBSCRIPTABLE"] = message(lambda: five[0])
a_set = {1}
facts["MSG_SET_NOT_SUBSCRIPTABLE"] = message(lambda: a_set[0])

# Methods and attributes.
facts["MSG_TUPLE_APPEND"] = message(lambda: (1,).append(2))
facts["MSG_STR_APPEND"] = message(lambda: "a".append("b"))
facts["MSG_FROZENSET_ADD"] = message(lambda: frozenset().add(1))
facts["MSG_INT_SETATTR"] = message(lambda: setattr(5, "x", 1))
facts["MSG_LIST_SETATTR"] = message(lambda: setattr([], "x", 1))
facts["MSG_INT_TYPE_SETATTR"] = message(lambda: setattr(int, "x", 1))
facts["MSG_OBJECT_TYPE_SETATTR"] = message(lambda: setattr(object, "x", 1))


class Slotted:
    __slots__ = ("x",)


facts["MSG_SLOTS_SETATTR"] = message(lambda: setattr(Slotted(), "y", 1))

# Hashing.
facts["MSG_UNHASHABLE_LIST"] = message(lambda: hash([1]))
facts["MSG_UNHASHABLE_DICT"] = message(lambda: hash({}))
facts["MSG_UNHASHABLE_SET"] = message(lambda: hash(set()))
facts["MSG_UNHASHABLE_BYTEARRAY"] = message(lambda: hash(bytearray()))
facts["MSG_UNHASHABLE_TUPLE_WITH_LIST"] = message(lambda: hash((1, [2])))
facts["MSG_UNHASHABLE_EQ_CLASS"] = message(lambda: hash(Point()))


def cell():
    x = 1
    return (lambda: x).__closure__[0]


facts["MSG_UNHASHABLE_CELL"] = message(lambda: hash(cell()))


def rotated_right_4(address):
    """_Py_HashPointer: the address rotated right by 4 bits, as a signed 64-bit value."""
    bits = ((address >> 4) | (address << 60)) & (2 ** 64 - 1)
    return bits - 2 ** 64 if bits >= 2 ** 63 else bits


class Plain:
    pass


things = [object(), None, Plain, Plain(), lambda: 0, float("nan")]
facts["IDENTITY_HASH_IS_ID_ROTATED_RIGHT_4"] = all(hash(o) == rotated_right_4(id(o)) for o in things)
facts["HASH_MINUS_ONE"] = hash(-1)
facts["HASH_ONE"] = hash(1)
facts["HASH_ONE_FLOAT"] = hash(1.0)
facts["HASH_TRUE"] = hash(True)
facts["HASH_2_POW_61"] = hash(2 ** 61)
facts["HASH_2_POW_61_MINUS_1"] = hash(2 ** 61 - 1)
facts["HASH_MINUS_2_POW_61"] = hash(-2 ** 61)
facts["HASH_10_POW_30"] = hash(10 ** 30)
facts["HASH_MINUS_10_POW_30"] = hash(-10 ** 30)
facts["HASH_HALF"] = hash(0.5)
facts["HASH_MINUS_1_5"] = hash(-1.5)
facts["HASH_0_1"] = hash(0.1)
facts["HASH_1E300"] = hash(1e300)
facts["HASH_1E_MINUS_300"] = hash(1e-300)
facts["HASH_SMALLEST_SUBNORMAL"] = hash(5e-324)
facts["HASH_2_POW_70_FLOAT"] = hash(2.0 ** 70)
facts["HASH_INF"] = hash(float("inf"))
facts["HASH_MINUS_INF"] = hash(float("-inf"))
facts["HASH_MINUS_ONE_FLOAT"] = hash(-1.0)
facts["HASH_COMPLEX_1_2"] = hash(complex(1, 2))
facts["HASH_COMPLEX_1_5_MINUS_2_5"] = hash(complex(1.5, -2.5))
facts["HASH_COMPLEX_MINUS_1"] = hash(complex(-1, 0))
facts["HASH_EMPTY_STR"] = hash("")
facts["HASH_EMPTY_BYTES"] = hash(b"")
facts["HASH_EMPTY_TUPLE"] = hash(())
facts["HASH_TUPLE_1_2_3"] = hash((1, 2, 3))
facts["HASH_TUPLE_MINUS_1"] = hash((-1,))
facts["HASH_TUPLE_NESTED"] = hash((1, (2, 3)))
facts["HASH_EMPTY_FROZENSET"] = hash(frozenset())
facts["HASH_FROZENSET_1_2_3"] = hash(frozenset({1, 2, 3}))
facts["HASH_FROZENSET_MINUS_1_2_POW_61"] = hash(frozenset({-1, 2 ** 61}))
facts["HASH_MODULUS"] = sys.hash_info.modulus
facts["HASH_INFO_INF"] = sys.hash_info.inf
facts["HASH_INFO_IMAG"] = sys.hash_info.imag


class Minus:
    def __hash__(self):
        return -1


class Huge:
    def __hash__(self):
        return 2 ** 64


class TwoPow63:
    def __hash__(self):
        return 2 ** 63


class MinusTwoPow63:
    def __hash__(self):
        return -2 ** 63


class Text:
    def __hash__(self):
        return "a"


facts["HASH_DUNDER_RETURNING_MINUS_ONE"] = hash(Minus())
facts["HASH_DUNDER_RETURNING_2_POW_64"] = hash(Huge())
facts["HASH_DUNDER_RETURNING_2_POW_63"] = hash(TwoPow63())
facts["HASH_DUNDER_RETURNING_MINUS_2_POW_63"] = hash(MinusTwoPow63())
facts["MSG_HASH_NOT_INT"] = message(lambda: hash(Text()))

# Augmented assignment.
t = (1, [2])


def iadd_item(tup):
    tup[1] += [3]


facts["MSG_FAMOUS"] = message(lambda: iadd_item(t))
facts["FAMOUS_TUPLE_AFTER"] = repr(t)
facts["MSG_NAME_NOT_DEFINED"] = message(lambda: eval("x", {}))

for name, value in facts.items():
    print(f"{name}={value}")
