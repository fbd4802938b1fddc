"""Python twin of pymem.identity.IdentityFacts: prints, as NAME=value, every CPython 3.11 fact the
01-objects hidden tests assert, measured on the running interpreter. Run with python3 3.11.

Each unit of code whose constants matter is compiled on its own with compile(), so that "one compiled
unit" and "two units" mean exactly what they mean in the exercise's CompileUnit."""
import sys

assert sys.version_info[:2] == (3, 11), "the kit models CPython 3.11"


def unit(source):
    """Evaluates an expression compiled as a unit of its own."""
    return eval(compile(source, "<unit>", "eval"))


def bindings(source):
    """Runs statements compiled as one unit and returns the names they bound."""
    namespace = {}
    exec(compile(source, "<unit>", "exec"), namespace)
    return namespace


def made_at_run_time_twice_is_shared(text):
    """int(text) is int(text): both ints are made at run time, so only the cache can share them."""
    return int(text) is int(text)


facts = {}

# Addresses: heap objects are aligned to the largest power of two dividing every id we see.
ids = [id(o) for o in [[] for _ in range(200)] + [object() for _ in range(200)] + [float(i) for i in range(200)]]
alignment = 1
while all(i % (alignment * 2) == 0 for i in ids):
    alignment *= 2
facts["ID_ALIGNMENT"] = alignment
facts["ID_OF_TWO_TEMPORARY_LISTS_EQUAL"] = id([]) == id([])

# The small-int cache: the contiguous range around 0 whose run-time ints are shared.
low = 0
while made_at_run_time_twice_is_shared(str(low - 1)):
    low -= 1
high = 0
while made_at_run_time_twice_is_shared(str(high + 1)):
    high += 1
facts["SMALL_INT_MIN"] = low
facts["SMALL_INT_MAX"] = high
plus_one = lambda n: n + 1  # noqa: E731 (a run-time addition, never constant-folded)
facts["RUNTIME_255_PLUS_1_SHARED"] = plus_one(255) is plus_one(255)
facts["RUNTIME_256_PLUS_1_SHARED"] = plus_one(256) is plus_one(256)
facts["FLOAT_FROM_STRING_SHARED"] = float("1.0") is float("1.0")

# Singletons.
facts["NONE_SHARED"] = type(None)() is None
facts["TRUE_SHARED"] = bool(1) is (1 == 1)
facts["FALSE_SHARED"] = bool(0) is (1 == 2)
facts["EMPTY_STR_SHARED"] = str() is "".join([])
facts["EMPTY_TUPLE_SHARED"] = tuple() is tuple([])
latin1_max = max(c for c in range(1024) if chr(c) is chr(c))
facts["LATIN1_CHAR_SINGLETON_MAX"] = latin1_max
facts["CHR_256_SHARED"] = chr(256) is chr(256)
facts["RUNTIME_STR_SHARED"] = "".join(["hel", "lo"]) is "".join(["hel", "lo"])

# Constants of compiled units, and interning.
facts["EQUAL_INT_CONSTANTS_SHARED_IN_UNIT"] = (lambda ns: ns["a"] is ns["b"])(bindings("a = 257\nb = 257"))
facts["INT_CONSTANT_SHARED_ACROSS_UNITS"] = unit("257") is unit("257")
facts["SMALL_INT_CONSTANT_SHARED_ACROSS_UNITS"] = unit("256") is unit("256")
facts["FLOAT_CONSTANT_SHARED_IN_UNIT"] = (lambda ns: ns["a"] is ns["b"])(bindings("a = 1.5\nb = 1.5"))
facts["FLOAT_CONSTANT_SHARED_ACROSS_UNITS"] = unit("1.5") is unit("1.5")
facts["ZERO_AND_NEGATIVE_ZERO_CONSTANTS_SHARED"] = (lambda ns: ns["a"] is ns["b"])(bindings("a = 0.0\nb = -0.0"))
facts["NAME_LITERAL_SHARED_ACROSS_UNITS"] = unit("'hello'") is unit("'hello'")
facts["DIGITS_FIRST_NAME_LITERAL_SHARED_ACROSS_UNITS"] = unit("'1abc'") is unit("'1abc'")
facts["OTHER_LITERAL_SHARED_ACROSS_UNITS"] = unit("'hello world!'") is unit("'hello world!'")
facts["NON_ASCII_LITERAL_SHARED_ACROSS_UNITS"] = unit("'h\u00e9llo'") is unit("'h\u00e9llo'")
facts["OTHER_LITERAL_SHARED_IN_UNIT"] = (lambda ns: ns["a"] is ns["b"])(
    bindings("a = 'hello world!'\nb = 'hello world!'"))
hel = "hel"
facts["CONCATENATION_IS_LITERAL"] = hel + "lo" is unit("'hello'")
facts["INTERN_OF_CONCATENATION_IS_LITERAL"] = sys.intern(hel + "lo") is unit("'hello'")
fresh = "".join(["never seen ", "before ", str(id(facts))])
facts["INTERN_OF_NEW_VALUE_IS_ITSELF"] = sys.intern(fresh) is fresh
facts["INTERN_AGAIN_IS_FIRST"] = sys.intern("".join(["never seen ", "before ", str(id(facts))])) is fresh

# is versus ==.
one, one_float, true = int("1"), float("1"), bool(1)
facts["ONE_EQ_ONE_POINT_ZERO"] = one == one_float
facts["ONE_POINT_ZERO_EQ_TRUE"] = one_float == true
facts["ONE_IS_TRUE"] = one is true
facts["ONE_EQ_ONE_PLUS_0J"] = one == complex(1, 0)
facts["ONE_EQ_ONE_PLUS_1J"] = one == complex(1, 1)
facts["ZERO_EQ_FALSE"] = int("0") == bool(0)
facts["TWO_EQ_TRUE"] = int("2") == bool(1)
facts["INT_2_53_PLUS_1_EQ_FLOAT_2_53"] = 2 ** 53 + 1 == float(2 ** 53)
facts["INT_2_53_EQ_FLOAT_2_53"] = 2 ** 53 == float(2 ** 53)
facts["ZERO_EQ_NEGATIVE_ZERO"] = 0.0 == -0.0
nan = float("nan")
facts["NAN_EQ_NAN"] = nan == nan
facts["NAN_IS_NAN"] = nan is nan
facts["TUPLE_OF_SAME_NAN_EQ"] = (nan,) == (nan,)
facts["TUPLE_OF_TWO_NANS_EQ"] = (nan,) == (float("nan"),)
facts["INF_EQ_BIG_INT"] = float("inf") == 10 ** 400
facts["STR_EQ_BYTES"] = "a" == b"a"
facts["BYTES_EQ_BYTEARRAY"] = b"ab" == bytearray(b"ab")
facts["STR_EQ_INT"] = "1" == 1
facts["TUPLE_EQ_LIST"] = (1, 2) == [1, 2]
facts["SHORTER_TUPLE_EQ"] = (1,) == (1, 2)
facts["NONE_EQ_FALSE"] = None == False  # noqa: E711,E712
facts["EQUAL_STRINGS_MADE_APART_ARE_SAME"] = "".join(["a b", "!"]) is "".join(["a b", "!"])

# More ==, each as the 01 hidden tests ask it.
facts["ONE_EQ_TRUE"] = one == true
facts["COMPLEX_EQ_SAME_PARTS"] = complex(2, 3) == complex(2, 3)
facts["COMPLEX_EQ_CONJUGATE"] = complex(2, 3) == complex(2, -3)
facts["COMPLEX_2_EQ_3"] = complex(2, 0) == 3
facts["TRUE_EQ_FALSE"] = bool(1) == bool(0)
facts["FALSE_EQ_ZERO_POINT_ZERO"] = bool(0) == 0.0
big_a, big_b = int("1" + "0" * 30), int("1" + "0" * 30)
facts["EQUAL_BIG_INTS_MADE_APART_EQ"] = big_a == big_b
facts["EQUAL_BIG_INTS_MADE_APART_IS"] = big_a is big_b
facts["EQUAL_STRS_MADE_APART_EQ"] = "".join(["a", " b"]) == "".join(["a ", "b"])
facts["DIFFERENT_STRS_EQ"] = "a b" == "a c"
facts["DIFFERENT_INTS_EQ"] = int("7") == int("8")
facts["DIFFERENT_FLOATS_EQ"] = 0.5 == 0.25
facts["EQUAL_BYTES_MADE_APART_EQ"] = bytes([1, 2]) == bytes([1, 2])
facts["DIFFERENT_BYTES_EQ"] = bytes([1, 2]) == bytes([1, 3])
facts["NAN_EQ_ZERO"] = nan == 0
facts["THREE_EQ_THREE_POINT_FIVE"] = 3 == 3.5
facts["NESTED_TUPLES_EQ_ACROSS_NUMBERS"] = (1, (2.0,)) == (True, (2,))
facts["LISTS_EQ_ACROSS_NUMBERS"] = [1, "a"] == [1.0, "a"]
facts["LISTS_WITH_ONE_DIFFERENT_ITEM_EQ"] = [1, "a"] == [1, "b"]
facts["EMPTY_TUPLES_EQ"] = tuple() == tuple([])


class C:
    pass


facts["INSTANCES_WITHOUT_EQ_EQ"] = C() == C()
facts["NONE_EQ_NONE"] = type(None)() == None  # noqa: E711

# More literals: which characters count as name characters for interning.
facts["MIXED_CASE_DIGIT_LITERAL_SHARED_ACROSS_UNITS"] = unit("'aA0'") is unit("'aA0'")
facts["UNDERSCORE_LITERAL_SHARED_ACROSS_UNITS"] = unit("'Z_9_z'") is unit("'Z_9_z'")
# Each of these has one ASCII character just outside a-z, A-Z or 0-9 (@ [ ` { / :) or common punctuation.
facts["PUNCTUATION_LITERAL_SHARED_ACROSS_UNITS"] = any(
    unit(repr(s)) is unit(repr(s)) for s in ["a-b", "a.b", "a@b", "a[b", "a`b", "a{b", "a/b", "a:b"])

# Names.
try:
    eval("x")
except NameError as e:
    facts["NAME_ERROR_X"] = str(e)
x = [1]
y = x
facts["ALIAS_SAME_ID"] = id(y) == id(x)
y = [2]
facts["REBIND_Y_CHANGES_X"] = x is y

# Cells compare their contents (cell_richcompare), with == itself: no identity shortcut.
import types  # noqa: E402

facts["CELLS_OF_EQUAL_INTS_EQ"] = types.CellType(int("1000")) == types.CellType(int("1000"))
facts["CELLS_OF_INT_AND_FLOAT_EQ"] = types.CellType(1) == types.CellType(1.0)
facts["CELLS_OF_DIFFERENT_INTS_EQ"] = types.CellType(1) == types.CellType(2)
facts["EMPTY_CELLS_EQ"] = types.CellType() == types.CellType()
facts["EMPTY_CELL_EQ_CELL_OF_NONE"] = types.CellType() == types.CellType(None)
nan_cell = types.CellType(nan)
facts["CELL_OF_NAN_EQ_ITSELF"] = nan_cell == nan_cell
facts["TUPLE_OF_SAME_NAN_CELL_EQ"] = (nan_cell,) == (nan_cell,)
facts["CELL_EQ_ITS_CONTENTS"] = types.CellType(1) == 1
facts["CELLS_OF_EQUAL_LISTS_EQ"] = types.CellType([1]) == types.CellType([1])
complex_nan = complex(nan, 0)
facts["COMPLEX_NAN_IS_ITSELF"] = complex_nan is complex_nan
facts["COMPLEX_NAN_EQ_ITSELF"] = complex_nan == complex_nan
facts["COMPLEX_WITH_NAN_IMAG_EQ_ITSELF"] = (lambda z: z == z)(complex(0, nan))

# One-character literals: the shared string, except for the one-character names CPython interned at startup.
facts["E_ACUTE_LITERAL_IS_CHR_233"] = unit("'\u00e9'") is chr(233)
facts["PLUS_LITERAL_IS_CHR_43"] = unit("'+'") is chr(43)
facts["A_LITERAL_IS_CHR_97"] = unit("'a'") is chr(97)
facts["G_LITERAL_IS_CHR_103"] = unit("'g'") is chr(103)
facts["INTERN_OF_CHR_97_IS_CHR_97"] = sys.intern(chr(97)) is chr(97)
facts["INTERN_OF_CHR_233_IS_CHR_233"] = sys.intern(chr(233)) is chr(233)
path = "".join(["pa", "th"])
facts["INTERN_OF_NEW_PATH_IS_ITSELF"] = sys.intern(path) is path
facts["JOIN_OF_EMPTY_AND_E_ACUTE_IS_CHR_233"] = "".join(["", chr(233)]) is chr(233)
facts["STR_OF_5_IS_CHR_53"] = str(int("5")) is chr(53)
facts["INDEX_OF_STR_IS_CHR_233"] = "".join(["x", chr(233)])[1] is chr(233)
facts["SLICE_OF_STR_IS_CHR_233"] = "".join(["x", chr(233)])[1:] is chr(233)

# The lesson's other examples, as its README prints them.
facts["LESSON_TYPE_OF_50"] = type(50)
facts["LESSON_TYPE_OF_TRUE"] = type(True)
facts["LESSON_TYPE_OF_NONE"] = type(None)
facts["LESSON_INT_256_IS_INT_256"] = int("256") is int("256")
facts["LESSON_INT_257_IS_INT_257"] = int("257") is int("257")
facts["LESSON_ID_OF_1_MOD_16"] = id(1) % 16
facts["LESSON_256_PLUS_1_FOLDED_TO_257"] = 257 in compile("256 + 1", "<unit>", "eval").co_consts
bridge_x = int("60")
bridge_y = bridge_x
bridge_y += 5
facts["LESSON_BRIDGE_INT"] = (bridge_x, bridge_y, bridge_x is bridge_y)
nums = [1, 2, 3]
alias = nums
alias += [4]
facts["LESSON_BRIDGE_LIST"] = (nums, alias is nums)

for name, value in facts.items():
    print(f"{name}={value}")
