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


def error_of(action):
    """The exception action raises."""
    try:
        action()
    except Exception as e:  # noqa: BLE001
        return e
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
facts["MSG_NAME_NOT_DEFINED"] = message(lambda: eval("missing", {}))

# Equality (the comparisons the tests assert, by name).
nan = float("nan")
facts["EQ_INT_FLOAT"] = 1 == 1.0
facts["EQ_TRUE_INT"] = True == 1
facts["EQ_FALSE_FLOAT_ZERO"] = False == 0.0
facts["EQ_COMPLEX_ZERO_IMAG_INT"] = (1 + 0j) == 1
facts["EQ_FLOAT_COMPLEX"] = 2.5 == (2.5 + 0j)
facts["EQ_COMPLEX_WITH_IMAG_INT"] = (1 + 2j) == 1
facts["EQ_2_POW_53_PLUS_1_FLOAT"] = 2 ** 53 + 1 == float(2 ** 53)
facts["EQ_FLOAT_2_POW_53_INT"] = float(2 ** 53) == 2 ** 53
facts["EQ_INF_2_POW_1024"] = float("inf") == 2 ** 1024
facts["EQ_NAN_ITSELF"] = nan == nan
facts["EQ_LISTS_OF_SAME_NAN"] = [nan] == [nan]
facts["EQ_LISTS_OF_TWO_NANS"] = [nan] == [float("nan")]
facts["EQ_STR_BYTES"] = "a" == b"a"
facts["EQ_BYTES_BYTEARRAY"] = b"ab" == bytearray(b"ab")
facts["EQ_STR_INT"] = "1" == 1
facts["EQ_TUPLE_INT_FLOAT"] = (1, 2) == (1.0, 2)
facts["EQ_LIST_TUPLE"] = [1] == (1,)
facts["EQ_NESTED_LISTS"] = [1, [2]] == [1, [2]]
facts["EQ_DICT_INT_FLOAT_KEYS"] = {1: "a"} == {1.0: "a"}
facts["EQ_DICT_OTHER_VALUE"] = {1: "a"} == {1: "b"}
facts["EQ_FROZENSET_SET"] = frozenset({1, 2}) == {2.0, 1}
facts["EQ_SET_LIST"] = {1} == [1]
facts["EQ_NONE_NONE"] = None == None  # noqa: E711 - the comparison is the fact
facts["EQ_NONE_ZERO"] = None == 0  # noqa: E711
facts["EQ_TWO_PLAIN_INSTANCES"] = Plain() == Plain()

# More hashes and operator results the tests assert.
facts["HASH_12345"] = hash(12345)
facts["HASH_MINUS_7"] = hash(-7)
facts["HASH_FALSE"] = hash(False)
facts["HASH_ZERO_FLOAT"] = hash(0.0)
facts["HASH_MINUS_ZERO_FLOAT"] = hash(-0.0)
facts["HASH_TUPLE_TRUE_2_0_3"] = hash((True, 2.0, 3))
facts["HASH_TUPLE_3_2_1"] = hash((3, 2, 1))
facts["HASH_FROZENSET_3_1_0_2"] = hash(frozenset([3, 1.0, 2]))


class FortyTwo:
    def __hash__(self):
        return 42


facts["HASH_DUNDER_RETURNING_42"] = hash(FortyTwo())
facts["REPR_LIST_PLUS_LIST"] = repr([1] + [2])
facts["REPR_INT64_MAX_PLUS_ONE"] = repr(9223372036854775807 + 1)
facts["REPR_ONE_PLUS_2_5"] = repr(1 + 2.5)
facts["REPR_2_5_PLUS_1_PLUS_1J"] = repr(2.5 + (1 + 1j))
facts["REPR_2J_PLUS_3"] = repr(2j + 3)
facts["REPR_0_25_PLUS_TRUE"] = repr(0.25 + True)
facts["REPR_STR_PLUS_STR"] = repr("ab" + "cd")
facts["REPR_TUPLE_PLUS_TUPLE"] = repr((1, 2) + (3,))
facts["REPR_EMPTY_BYTES_PLUS_BYTEARRAY"] = repr(b"" + bytearray(b"z"))
facts["REPR_BYTES_PLUS_BYTES"] = repr(b"xy" + b"z")
facts["REPR_BYTEARRAY_PLUS_BYTES"] = repr(bytearray(b"a") + b"b")
facts["REPR_LIST_IADD_TUPLE"] = repr(iadd([1, 2], (3,)))
facts["REPR_LIST_IADD_DICT_SETS_BYTEARRAY"] = repr(iadd(iadd(iadd(iadd([], {"k": 9}), {5}), frozenset({6})), bytearray(b"c")))
doubled = [1, 2]
doubled += doubled
facts["REPR_LIST_IADD_ITSELF"] = repr(doubled)
facts["REPR_SIXTY_IADD_FIVE"] = repr(iadd(60, 5))
facts["REPR_TUPLE_IADD_TUPLE"] = repr(iadd((1,), (2,)))
ba = bytearray(b"a")
ba += b"b"
facts["REPR_BYTEARRAY_IADD_BYTES"] = repr(ba)
# ba += ba resizes ba while it lends its own buffer out as the operand: CPython refuses.
facts["MSG_BYTEARRAY_IADD_ITSELF"] = message(lambda: iadd(ba, ba))
facts["EXCEPTION_BYTEARRAY_IADD_ITSELF"] = type(error_of(lambda: iadd(ba, ba))).__name__
facts["REPR_BYTEARRAY_AFTER_REFUSED_IADD_ITSELF"] = repr(ba)
facts["REPR_SET_OR_FROZENSET"] = repr({1} | frozenset({2, 1.0}))
facts["REPR_FROZENSET_OR_SET"] = repr(frozenset({1}) | {2, 3, 1.0})
facts["REPR_FROZENSET_IOR_SET"] = repr(ior(frozenset({1}), {2}))
facts["REPR_DICT_OR_DICT"] = repr({"a": 1} | {"b": 2})
facts["REPR_12_OR_3"] = repr(12 | 3)
facts["REPR_TRUE_OR_FALSE"] = repr(True | False)
facts["REPR_FALSE_OR_TRUE"] = repr(False | True)
facts["REPR_FALSE_OR_FALSE"] = repr(False | False)
facts["TYPE_TRUE_OR_2"] = type(True | 2).__name__
facts["TYPE_TRUE_PLUS_TRUE"] = type(True + True).__name__
facts["REPR_4_IOR_1"] = repr(ior(4, 1))

facts["EQ_DICT_OTHER_ORDER"] = {1: "a", 2: "b"} == {2: "b", 1: "a"}
facts["EQ_DICT_OTHER_ORDER_EQUAL_KEYS"] = {1: "a", "x": 2} == {"x": 2, 1.0: "a"}
facts["EQ_LISTS_OF_REORDERED_DICTS"] = [{1: "a", 2: "b"}] == [{2: "b", 1: "a"}]
facts["EQ_DICT_SWAPPED_VALUES"] = {1: "a", 2: "b"} == {2: "a", 1: "b"}
same_nan = float("nan")
nan_tuple = (same_nan,)
facts["EQ_TUPLE_OF_NAN_ITSELF"] = nan_tuple == nan_tuple
facts["EQ_DICTS_SAME_NAN_VALUE"] = {1: same_nan} == {1: same_nan}
facts["EQ_DICTS_TWO_NANS"] = {1: same_nan} == {1: float("nan")}
facts["MSG_SETITEM_EQ_CLASS_KEY"] = message(lambda: setitem({}, Point(), 0))
facts["MSG_SETITEM_TUPLE_WITH_LIST_KEY"] = message(lambda: setitem({}, (1, [2]), 0))
facts["MSG_ADD_TUPLE_WITH_LIST"] = message(lambda: set().add((1, [2])))
equal_adds = {1}
equal_adds.add(1.0)
equal_adds.add(True)
facts["LEN_SET_AFTER_EQUAL_ADDS"] = len(equal_adds)
facts["REPR_SET_AFTER_EQUAL_ADDS"] = repr(equal_adds)

# Every immutable type of the table refuses each mutation, with its own type name in the message.
immutables = {"INT": 1, "FLOAT": 1.5, "COMPLEX": 1 + 1j, "BOOL": True, "STR": "ab", "TUPLE": (1,),
              "FROZENSET": frozenset({1}), "BYTES": b"ab", "NONE": None}
for kind, value in immutables.items():
    facts[f"MSG_REFUSED_SETITEM_{kind}"] = message(lambda: setitem(value, 0, 1))
    facts[f"MSG_REFUSED_APPEND_{kind}"] = message(lambda: value.append(1))
    facts[f"MSG_REFUSED_ADD_{kind}"] = message(lambda: value.add(1))
    facts[f"MSG_REFUSED_SETATTR_{kind}"] = message(lambda: setattr(value, "x", 1))

for name, value in facts.items():
    print(f"{name}={value}")
