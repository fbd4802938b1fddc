package pymem.mutability;

import pymem.grading.CPythonFacts;

/**
 * The CPython 3.11 facts the 02-mutability hidden tests assert. twin.py (next to this package) computes
 * each one on python3 3.11 and prints it as NAME=value; the kit compares the two. Messages are
 * {@code str(e)} of the exception the operation raises; hashes are {@code hash(...)} of deterministic
 * values (str and bytes hashes other than the empty one are randomized per process, so none is here).
 */
@CPythonFacts(twin = "twin.py")
public final class MutabilityFacts {
    private MutabilityFacts() {
    }

    /** <code>str(e) of [1] + (2,)</code> */
    public static final String MSG_LIST_PLUS_TUPLE = "can only concatenate list (not \"tuple\") to list";
    /** <code>str(e) of (1,) + [2]</code> */
    public static final String MSG_TUPLE_PLUS_LIST = "can only concatenate tuple (not \"list\") to tuple";
    /** <code>str(e) of iadd((1,), [2])</code> */
    public static final String MSG_TUPLE_IADD_LIST = "can only concatenate tuple (not \"list\") to tuple";
    /** <code>str(e) of "a" + 1</code> */
    public static final String MSG_STR_PLUS_INT = "can only concatenate str (not \"int\") to str";
    /** <code>str(e) of 1 + "a"</code> */
    public static final String MSG_INT_PLUS_STR = "unsupported operand type(s) for +: 'int' and 'str'";
    /** <code>str(e) of iadd(1, "a")</code> */
    public static final String MSG_INT_IADD_STR = "unsupported operand type(s) for +=: 'int' and 'str'";
    /** <code>str(e) of None + 1</code> */
    public static final String MSG_NONE_PLUS_INT = "unsupported operand type(s) for +: 'NoneType' and 'int'";
    /** <code>str(e) of b"a" + "a"</code> */
    public static final String MSG_BYTES_PLUS_STR = "can't concat str to bytes";
    /** <code>str(e) of iadd(bytearray(b"a"), "a")</code> */
    public static final String MSG_BYTEARRAY_IADD_STR = "can't concat str to bytearray";
    /** <code>str(e) of &#123;1&#125; + &#123;2&#125;</code> */
    public static final String MSG_SET_PLUS_SET = "unsupported operand type(s) for +: 'set' and 'set'";
    /** <code>str(e) of iadd(&#123;1&#125;, &#123;2&#125;)</code> */
    public static final String MSG_SET_IADD_SET = "unsupported operand type(s) for +=: 'set' and 'set'";
    /** <code>str(e) of &#123;1: 2&#125; + &#123;3: 4&#125;</code> */
    public static final String MSG_DICT_PLUS_DICT = "unsupported operand type(s) for +: 'dict' and 'dict'";
    /** <code>str(e) of iadd([], 1)</code> */
    public static final String MSG_LIST_IADD_INT = "'int' object is not iterable";
    /** <code>str(e) of [1] | [2]</code> */
    public static final String MSG_LIST_OR_LIST = "unsupported operand type(s) for |: 'list' and 'list'";
    /** <code>str(e) of 1.0 | 2.0</code> */
    public static final String MSG_FLOAT_OR_FLOAT = "unsupported operand type(s) for |: 'float' and 'float'";
    /** <code>str(e) of ior(&#123;1&#125;, [2])</code> */
    public static final String MSG_SET_IOR_LIST = "unsupported operand type(s) for |=: 'set' and 'list'";
    /** <code>str(e) of ior(frozenset(&#123;1&#125;), [2])</code> */
    public static final String MSG_FROZENSET_IOR_LIST = "unsupported operand type(s) for |=: 'frozenset' and 'list'";
    /** <code>str(e) of 10 ** 400 + 1.0</code> */
    public static final String MSG_INT_TOO_LARGE_FOR_FLOAT = "int too large to convert to float";
    /** <code>True + True</code> */
    public static final long TRUE_PLUS_TRUE = 2L;
    /** <code>repr(iadd(iadd([], "ab"), b"ab"))</code> */
    public static final String LIST_IADD_STR_BYTES = "['a', 'b', 97, 98]";
    /** <code>repr(&#123;1: "a"&#125; | &#123;1.0: "b", True: "c"&#125;)</code> */
    public static final String DICT_OR_EQUAL_KEYS = "{1: 'c'}";
    /** <code>repr(ior(&#123;1&#125;, &#123;1.0, True, 2&#125;))</code> */
    public static final String SET_IOR_EQUAL_ELEMENTS = "{1, 2}";
    /** <code>str(e) of setitem((1, 2), 0, 9)</code> */
    public static final String MSG_TUPLE_SETITEM = "'tuple' object does not support item assignment";
    /** <code>str(e) of setitem("ab", 0, "x")</code> */
    public static final String MSG_STR_SETITEM = "'str' object does not support item assignment";
    /** <code>str(e) of setitem(b"ab", 0, 1)</code> */
    public static final String MSG_BYTES_SETITEM = "'bytes' object does not support item assignment";
    /** <code>str(e) of setitem(frozenset(), 0, 1)</code> */
    public static final String MSG_FROZENSET_SETITEM = "'frozenset' object does not support item assignment";
    /** <code>str(e) of setitem(5, 0, 1)</code> */
    public static final String MSG_INT_SETITEM = "'int' object does not support item assignment";
    /** <code>str(e) of setitem(set(), 0, 1)</code> */
    public static final String MSG_SET_SETITEM = "'set' object does not support item assignment";
    /** <code>str(e) of delitem((1, 2), 0)</code> */
    public static final String MSG_TUPLE_DELITEM = "'tuple' object doesn't support item deletion";
    /** <code>str(e) of delitem("ab", 0)</code> */
    public static final String MSG_STR_DELITEM = "'str' object doesn't support item deletion";
    /** <code>str(e) of delitem((1, 2), "a")</code> */
    public static final String MSG_TUPLE_DELITEM_STR_KEY = "'tuple' object does not support item deletion";
    /** <code>str(e) of delitem(5, 0)</code> */
    public static final String MSG_INT_DELITEM = "'int' object does not support item deletion";
    /** <code>str(e) of delitem(None, 0)</code> */
    public static final String MSG_NONE_DELITEM = "'NoneType' object does not support item deletion";
    /** <code>str(e) of delitem(Point(), 0)</code> */
    public static final String MSG_INSTANCE_DELITEM = "'Point' object doesn't support item deletion";
    /** <code>str(e) of delitem(Point, 0)</code> */
    public static final String MSG_CLASS_DELITEM = "'type' object does not support item deletion";
    /** <code>str(e) of setitem([1], 5, 0)</code> */
    public static final String MSG_LIST_ASSIGNMENT_INDEX = "list assignment index out of range";
    /** <code>str(e) of [1][5]</code> */
    public static final String MSG_LIST_INDEX = "list index out of range";
    /** <code>str(e) of (1,)[-2]</code> */
    public static final String MSG_TUPLE_INDEX = "tuple index out of range";
    /** <code>str(e) of setitem([1], "a", 0)</code> */
    public static final String MSG_LIST_INDICES_STR = "list indices must be integers or slices, not str";
    /** <code>str(e) of delitem(bytearray(b"a"), 1)</code> */
    public static final String MSG_BYTEARRAY_INDEX = "bytearray index out of range";
    /** <code>str(e) of setitem(bytearray(b"a"), 0, 256)</code> */
    public static final String MSG_BYTE_RANGE = "byte must be in range(0, 256)";
    /** <code>str(e) of setitem(bytearray(b"a"), 0, "x")</code> */
    public static final String MSG_BYTE_NOT_INT = "'str' object cannot be interpreted as an integer";
    /** <code>str(e) of delitem(&#123;&#125;, "a")</code> */
    public static final String MSG_KEYERROR_STR = "'a'";
    /** <code>str(e) of five[0]</code> */
    public static final String MSG_INT_NOT_SUBSCRIPTABLE = "'int' object is not subscriptable";
    /** <code>str(e) of a_set[0]</code> */
    public static final String MSG_SET_NOT_SUBSCRIPTABLE = "'set' object is not subscriptable";
    /** <code>str(e) of (1,).append(2)</code> */
    public static final String MSG_TUPLE_APPEND = "'tuple' object has no attribute 'append'";
    /** <code>str(e) of "a".append("b")</code> */
    public static final String MSG_STR_APPEND = "'str' object has no attribute 'append'";
    /** <code>str(e) of frozenset().add(1)</code> */
    public static final String MSG_FROZENSET_ADD = "'frozenset' object has no attribute 'add'";
    /** <code>str(e) of setattr(5, "x", 1)</code> */
    public static final String MSG_INT_SETATTR = "'int' object has no attribute 'x'";
    /** <code>str(e) of setattr([], "x", 1)</code> */
    public static final String MSG_LIST_SETATTR = "'list' object has no attribute 'x'";
    /** <code>str(e) of setattr(int, "x", 1)</code> */
    public static final String MSG_INT_TYPE_SETATTR = "cannot set 'x' attribute of immutable type 'int'";
    /** <code>str(e) of setattr(object, "x", 1)</code> */
    public static final String MSG_OBJECT_TYPE_SETATTR = "cannot set 'x' attribute of immutable type 'object'";
    /** <code>str(e) of setattr(Slotted(), "y", 1)</code> */
    public static final String MSG_SLOTS_SETATTR = "'Slotted' object has no attribute 'y'";
    /** <code>str(e) of hash([1])</code> */
    public static final String MSG_UNHASHABLE_LIST = "unhashable type: 'list'";
    /** <code>str(e) of hash(&#123;&#125;)</code> */
    public static final String MSG_UNHASHABLE_DICT = "unhashable type: 'dict'";
    /** <code>str(e) of hash(set())</code> */
    public static final String MSG_UNHASHABLE_SET = "unhashable type: 'set'";
    /** <code>str(e) of hash(bytearray())</code> */
    public static final String MSG_UNHASHABLE_BYTEARRAY = "unhashable type: 'bytearray'";
    /** <code>str(e) of hash((1, [2]))</code> */
    public static final String MSG_UNHASHABLE_TUPLE_WITH_LIST = "unhashable type: 'list'";
    /** <code>str(e) of hash(Point())</code> */
    public static final String MSG_UNHASHABLE_EQ_CLASS = "unhashable type: 'Point'";
    /** <code>str(e) of hash(cell())</code> */
    public static final String MSG_UNHASHABLE_CELL = "unhashable type: 'cell'";
    /** <code>all(hash(o) == rotated_right_4(id(o)) for o in things)</code> */
    public static final boolean IDENTITY_HASH_IS_ID_ROTATED_RIGHT_4 = true;
    /** <code>hash(-1)</code> */
    public static final long HASH_MINUS_ONE = -2L;
    /** <code>hash(1)</code> */
    public static final long HASH_ONE = 1L;
    /** <code>hash(1.0)</code> */
    public static final long HASH_ONE_FLOAT = 1L;
    /** <code>hash(True)</code> */
    public static final long HASH_TRUE = 1L;
    /** <code>hash(2 ** 61)</code> */
    public static final long HASH_2_POW_61 = 1L;
    /** <code>hash(2 ** 61 - 1)</code> */
    public static final long HASH_2_POW_61_MINUS_1 = 0L;
    /** <code>hash(-2 ** 61)</code> */
    public static final long HASH_MINUS_2_POW_61 = -2L;
    /** <code>hash(10 ** 30)</code> */
    public static final long HASH_10_POW_30 = 465258685558744706L;
    /** <code>hash(-10 ** 30)</code> */
    public static final long HASH_MINUS_10_POW_30 = -465258685558744706L;
    /** <code>hash(0.5)</code> */
    public static final long HASH_HALF = 1152921504606846976L;
    /** <code>hash(-1.5)</code> */
    public static final long HASH_MINUS_1_5 = -1152921504606846977L;
    /** <code>hash(0.1)</code> */
    public static final long HASH_0_1 = 230584300921369408L;
    /** <code>hash(1e300)</code> */
    public static final long HASH_1E300 = 1224995262755759164L;
    /** <code>hash(1e-300)</code> */
    public static final long HASH_1E_MINUS_300 = 482449582752280463L;
    /** <code>hash(5e-324)</code> */
    public static final long HASH_SMALLEST_SUBNORMAL = 16777216L;
    /** <code>hash(2.0 ** 70)</code> */
    public static final long HASH_2_POW_70_FLOAT = 512L;
    /** <code>hash(float("inf"))</code> */
    public static final long HASH_INF = 314159L;
    /** <code>hash(float("-inf"))</code> */
    public static final long HASH_MINUS_INF = -314159L;
    /** <code>hash(-1.0)</code> */
    public static final long HASH_MINUS_ONE_FLOAT = -2L;
    /** <code>hash(complex(1, 2))</code> */
    public static final long HASH_COMPLEX_1_2 = 2000007L;
    /** <code>hash(complex(1.5, -2.5))</code> */
    public static final long HASH_COMPLEX_1_5_MINUS_2_5 = -2305843009215693957L;
    /** <code>hash(complex(-1, 0))</code> */
    public static final long HASH_COMPLEX_MINUS_1 = -2L;
    /** <code>hash("")</code> */
    public static final long HASH_EMPTY_STR = 0L;
    /** <code>hash(b"")</code> */
    public static final long HASH_EMPTY_BYTES = 0L;
    /** <code>hash(())</code> */
    public static final long HASH_EMPTY_TUPLE = 5740354900026072187L;
    /** <code>hash((1, 2, 3))</code> */
    public static final long HASH_TUPLE_1_2_3 = 529344067295497451L;
    /** <code>hash((-1,))</code> */
    public static final long HASH_TUPLE_MINUS_1 = 8078679518589016365L;
    /** <code>hash((1, (2, 3)))</code> */
    public static final long HASH_TUPLE_NESTED = 7267574591690527098L;
    /** <code>hash(frozenset())</code> */
    public static final long HASH_EMPTY_FROZENSET = 133146708735736L;
    /** <code>hash(frozenset(&#123;1, 2, 3&#125;))</code> */
    public static final long HASH_FROZENSET_1_2_3 = -272375401224217160L;
    /** <code>hash(frozenset(&#123;-1, 2 ** 61&#125;))</code> */
    public static final long HASH_FROZENSET_MINUS_1_2_POW_61 = 584910270279099428L;
    /** <code>sys.hash_info.modulus</code> */
    public static final long HASH_MODULUS = 2305843009213693951L;
    /** <code>sys.hash_info.inf</code> */
    public static final long HASH_INFO_INF = 314159L;
    /** <code>sys.hash_info.imag</code> */
    public static final long HASH_INFO_IMAG = 1000003L;
    /** <code>hash(Minus())</code> */
    public static final long HASH_DUNDER_RETURNING_MINUS_ONE = -2L;
    /** <code>hash(Huge())</code> */
    public static final long HASH_DUNDER_RETURNING_2_POW_64 = 8L;
    /** <code>hash(TwoPow63())</code> */
    public static final long HASH_DUNDER_RETURNING_2_POW_63 = 4L;
    /** <code>hash(MinusTwoPow63())</code> */
    public static final long HASH_DUNDER_RETURNING_MINUS_2_POW_63 = -9223372036854775808L;
    /** <code>str(e) of hash(Text())</code> */
    public static final String MSG_HASH_NOT_INT = "__hash__ method should return an integer";
    /** <code>str(e) of iadd_item(t)</code> */
    public static final String MSG_FAMOUS = "'tuple' object does not support item assignment";
    /** <code>repr(t)</code> */
    public static final String FAMOUS_TUPLE_AFTER = "(1, [2, 3])";
    /** <code>str(e) of eval("missing", &#123;&#125;)</code> */
    public static final String MSG_NAME_NOT_DEFINED = "name 'missing' is not defined";
    /** <code>1 == 1.0</code> */
    public static final boolean EQ_INT_FLOAT = true;
    /** <code>True == 1</code> */
    public static final boolean EQ_TRUE_INT = true;
    /** <code>False == 0.0</code> */
    public static final boolean EQ_FALSE_FLOAT_ZERO = true;
    /** <code>(1 + 0j) == 1</code> */
    public static final boolean EQ_COMPLEX_ZERO_IMAG_INT = true;
    /** <code>2.5 == (2.5 + 0j)</code> */
    public static final boolean EQ_FLOAT_COMPLEX = true;
    /** <code>(1 + 2j) == 1</code> */
    public static final boolean EQ_COMPLEX_WITH_IMAG_INT = false;
    /** <code>2 ** 53 + 1 == float(2 ** 53)</code> */
    public static final boolean EQ_2_POW_53_PLUS_1_FLOAT = false;
    /** <code>float(2 ** 53) == 2 ** 53</code> */
    public static final boolean EQ_FLOAT_2_POW_53_INT = true;
    /** <code>float("inf") == 2 ** 1024</code> */
    public static final boolean EQ_INF_2_POW_1024 = false;
    /** <code>nan == nan</code> */
    public static final boolean EQ_NAN_ITSELF = false;
    /** <code>[nan] == [nan]</code> */
    public static final boolean EQ_LISTS_OF_SAME_NAN = true;
    /** <code>[nan] == [float("nan")]</code> */
    public static final boolean EQ_LISTS_OF_TWO_NANS = false;
    /** <code>"a" == b"a"</code> */
    public static final boolean EQ_STR_BYTES = false;
    /** <code>b"ab" == bytearray(b"ab")</code> */
    public static final boolean EQ_BYTES_BYTEARRAY = true;
    /** <code>"1" == 1</code> */
    public static final boolean EQ_STR_INT = false;
    /** <code>(1, 2) == (1.0, 2)</code> */
    public static final boolean EQ_TUPLE_INT_FLOAT = true;
    /** <code>[1] == (1,)</code> */
    public static final boolean EQ_LIST_TUPLE = false;
    /** <code>[1, [2]] == [1, [2]]</code> */
    public static final boolean EQ_NESTED_LISTS = true;
    /** <code>&#123;1: "a"&#125; == &#123;1.0: "a"&#125;</code> */
    public static final boolean EQ_DICT_INT_FLOAT_KEYS = true;
    /** <code>&#123;1: "a"&#125; == &#123;1: "b"&#125;</code> */
    public static final boolean EQ_DICT_OTHER_VALUE = false;
    /** <code>frozenset(&#123;1, 2&#125;) == &#123;2.0, 1&#125;</code> */
    public static final boolean EQ_FROZENSET_SET = true;
    /** <code>&#123;1&#125; == [1]</code> */
    public static final boolean EQ_SET_LIST = false;
    /** <code>None == None  # noqa: E711 - the comparison is the fact</code> */
    public static final boolean EQ_NONE_NONE = true;
    /** <code>None == 0  # noqa: E711</code> */
    public static final boolean EQ_NONE_ZERO = false;
    /** <code>Plain() == Plain()</code> */
    public static final boolean EQ_TWO_PLAIN_INSTANCES = false;
    /** <code>hash(12345)</code> */
    public static final long HASH_12345 = 12345L;
    /** <code>hash(-7)</code> */
    public static final long HASH_MINUS_7 = -7L;
    /** <code>hash(False)</code> */
    public static final long HASH_FALSE = 0L;
    /** <code>hash(0.0)</code> */
    public static final long HASH_ZERO_FLOAT = 0L;
    /** <code>hash(-0.0)</code> */
    public static final long HASH_MINUS_ZERO_FLOAT = 0L;
    /** <code>hash((True, 2.0, 3))</code> */
    public static final long HASH_TUPLE_TRUE_2_0_3 = 529344067295497451L;
    /** <code>hash((3, 2, 1))</code> */
    public static final long HASH_TUPLE_3_2_1 = -925386691174542831L;
    /** <code>hash(frozenset([3, 1.0, 2]))</code> */
    public static final long HASH_FROZENSET_3_1_0_2 = -272375401224217160L;
    /** <code>hash(FortyTwo())</code> */
    public static final long HASH_DUNDER_RETURNING_42 = 42L;
    /** <code>repr([1] + [2])</code> */
    public static final String REPR_LIST_PLUS_LIST = "[1, 2]";
    /** <code>repr(9223372036854775807 + 1)</code> */
    public static final String REPR_INT64_MAX_PLUS_ONE = "9223372036854775808";
    /** <code>repr(1 + 2.5)</code> */
    public static final String REPR_ONE_PLUS_2_5 = "3.5";
    /** <code>repr(2.5 + (1 + 1j))</code> */
    public static final String REPR_2_5_PLUS_1_PLUS_1J = "(3.5+1j)";
    /** <code>repr(2j + 3)</code> */
    public static final String REPR_2J_PLUS_3 = "(3+2j)";
    /** <code>repr(0.25 + True)</code> */
    public static final String REPR_0_25_PLUS_TRUE = "1.25";
    /** <code>repr("ab" + "cd")</code> */
    public static final String REPR_STR_PLUS_STR = "'abcd'";
    /** <code>repr((1, 2) + (3,))</code> */
    public static final String REPR_TUPLE_PLUS_TUPLE = "(1, 2, 3)";
    /** <code>repr(b"" + bytearray(b"z"))</code> */
    public static final String REPR_EMPTY_BYTES_PLUS_BYTEARRAY = "b'z'";
    /** <code>repr(b"xy" + b"z")</code> */
    public static final String REPR_BYTES_PLUS_BYTES = "b'xyz'";
    /** <code>repr(bytearray(b"a") + b"b")</code> */
    public static final String REPR_BYTEARRAY_PLUS_BYTES = "bytearray(b'ab')";
    /** <code>repr(iadd([1, 2], (3,)))</code> */
    public static final String REPR_LIST_IADD_TUPLE = "[1, 2, 3]";
    /** <code>repr(iadd(iadd(iadd(iadd([], &#123;"k": 9&#125;), &#123;5&#125;), frozenset(&#123;6&#125;)), bytearray(b"c")))</code> */
    public static final String REPR_LIST_IADD_DICT_SETS_BYTEARRAY = "['k', 5, 6, 99]";
    /** <code>repr(doubled)</code> */
    public static final String REPR_LIST_IADD_ITSELF = "[1, 2, 1, 2]";
    /** <code>repr(iadd(60, 5))</code> */
    public static final String REPR_SIXTY_IADD_FIVE = "65";
    /** <code>repr(iadd((1,), (2,)))</code> */
    public static final String REPR_TUPLE_IADD_TUPLE = "(1, 2)";
    /** <code>repr(ba)</code> */
    public static final String REPR_BYTEARRAY_IADD_BYTES = "bytearray(b'ab')";
    /** <code>str(e) of iadd(ba, ba)</code> */
    public static final String MSG_BYTEARRAY_IADD_ITSELF = "Existing exports of data: object cannot be re-sized";
    /** <code>type(error_of(lambda: iadd(ba, ba))).__name__</code> */
    public static final String EXCEPTION_BYTEARRAY_IADD_ITSELF = "BufferError";
    /** <code>repr(ba)</code> */
    public static final String REPR_BYTEARRAY_AFTER_REFUSED_IADD_ITSELF = "bytearray(b'ab')";
    /** <code>repr(&#123;1&#125; | frozenset(&#123;2, 1.0&#125;))</code> */
    public static final String REPR_SET_OR_FROZENSET = "{1, 2}";
    /** <code>repr(frozenset(&#123;1&#125;) | &#123;2, 3, 1.0&#125;)</code> */
    public static final String REPR_FROZENSET_OR_SET = "frozenset({1, 2, 3})";
    /** <code>repr(ior(frozenset(&#123;1&#125;), &#123;2&#125;))</code> */
    public static final String REPR_FROZENSET_IOR_SET = "frozenset({1, 2})";
    /** <code>repr(&#123;"a": 1&#125; | &#123;"b": 2&#125;)</code> */
    public static final String REPR_DICT_OR_DICT = "{'a': 1, 'b': 2}";
    /** <code>repr(12 | 3)</code> */
    public static final String REPR_12_OR_3 = "15";
    /** <code>repr(True | False)</code> */
    public static final String REPR_TRUE_OR_FALSE = "True";
    /** <code>repr(False | True)</code> */
    public static final String REPR_FALSE_OR_TRUE = "True";
    /** <code>repr(False | False)</code> */
    public static final String REPR_FALSE_OR_FALSE = "False";
    /** <code>type(True | 2).__name__</code> */
    public static final String TYPE_TRUE_OR_2 = "int";
    /** <code>type(True + True).__name__</code> */
    public static final String TYPE_TRUE_PLUS_TRUE = "int";
    /** <code>repr(ior(4, 1))</code> */
    public static final String REPR_4_IOR_1 = "5";
    /** <code>computed in a loop in twin.py</code> */
    public static final String MSG_REFUSED_SETITEM_INT = "'int' object does not support item assignment";
    /** <code>computed in a loop in twin.py</code> */
    public static final String MSG_REFUSED_APPEND_INT = "'int' object has no attribute 'append'";
    /** <code>computed in a loop in twin.py</code> */
    public static final String MSG_REFUSED_ADD_INT = "'int' object has no attribute 'add'";
    /** <code>computed in a loop in twin.py</code> */
    public static final String MSG_REFUSED_SETATTR_INT = "'int' object has no attribute 'x'";
    /** <code>computed in a loop in twin.py</code> */
    public static final String MSG_REFUSED_SETITEM_FLOAT = "'float' object does not support item assignment";
    /** <code>computed in a loop in twin.py</code> */
    public static final String MSG_REFUSED_APPEND_FLOAT = "'float' object has no attribute 'append'";
    /** <code>computed in a loop in twin.py</code> */
    public static final String MSG_REFUSED_ADD_FLOAT = "'float' object has no attribute 'add'";
    /** <code>computed in a loop in twin.py</code> */
    public static final String MSG_REFUSED_SETATTR_FLOAT = "'float' object has no attribute 'x'";
    /** <code>computed in a loop in twin.py</code> */
    public static final String MSG_REFUSED_SETITEM_COMPLEX = "'complex' object does not support item assignment";
    /** <code>computed in a loop in twin.py</code> */
    public static final String MSG_REFUSED_APPEND_COMPLEX = "'complex' object has no attribute 'append'";
    /** <code>computed in a loop in twin.py</code> */
    public static final String MSG_REFUSED_ADD_COMPLEX = "'complex' object has no attribute 'add'";
    /** <code>computed in a loop in twin.py</code> */
    public static final String MSG_REFUSED_SETATTR_COMPLEX = "'complex' object has no attribute 'x'";
    /** <code>computed in a loop in twin.py</code> */
    public static final String MSG_REFUSED_SETITEM_BOOL = "'bool' object does not support item assignment";
    /** <code>computed in a loop in twin.py</code> */
    public static final String MSG_REFUSED_APPEND_BOOL = "'bool' object has no attribute 'append'";
    /** <code>computed in a loop in twin.py</code> */
    public static final String MSG_REFUSED_ADD_BOOL = "'bool' object has no attribute 'add'";
    /** <code>computed in a loop in twin.py</code> */
    public static final String MSG_REFUSED_SETATTR_BOOL = "'bool' object has no attribute 'x'";
    /** <code>computed in a loop in twin.py</code> */
    public static final String MSG_REFUSED_SETITEM_STR = "'str' object does not support item assignment";
    /** <code>computed in a loop in twin.py</code> */
    public static final String MSG_REFUSED_APPEND_STR = "'str' object has no attribute 'append'";
    /** <code>computed in a loop in twin.py</code> */
    public static final String MSG_REFUSED_ADD_STR = "'str' object has no attribute 'add'";
    /** <code>computed in a loop in twin.py</code> */
    public static final String MSG_REFUSED_SETATTR_STR = "'str' object has no attribute 'x'";
    /** <code>computed in a loop in twin.py</code> */
    public static final String MSG_REFUSED_SETITEM_TUPLE = "'tuple' object does not support item assignment";
    /** <code>computed in a loop in twin.py</code> */
    public static final String MSG_REFUSED_APPEND_TUPLE = "'tuple' object has no attribute 'append'";
    /** <code>computed in a loop in twin.py</code> */
    public static final String MSG_REFUSED_ADD_TUPLE = "'tuple' object has no attribute 'add'";
    /** <code>computed in a loop in twin.py</code> */
    public static final String MSG_REFUSED_SETATTR_TUPLE = "'tuple' object has no attribute 'x'";
    /** <code>computed in a loop in twin.py</code> */
    public static final String MSG_REFUSED_SETITEM_FROZENSET = "'frozenset' object does not support item assignment";
    /** <code>computed in a loop in twin.py</code> */
    public static final String MSG_REFUSED_APPEND_FROZENSET = "'frozenset' object has no attribute 'append'";
    /** <code>computed in a loop in twin.py</code> */
    public static final String MSG_REFUSED_ADD_FROZENSET = "'frozenset' object has no attribute 'add'";
    /** <code>computed in a loop in twin.py</code> */
    public static final String MSG_REFUSED_SETATTR_FROZENSET = "'frozenset' object has no attribute 'x'";
    /** <code>computed in a loop in twin.py</code> */
    public static final String MSG_REFUSED_SETITEM_BYTES = "'bytes' object does not support item assignment";
    /** <code>computed in a loop in twin.py</code> */
    public static final String MSG_REFUSED_APPEND_BYTES = "'bytes' object has no attribute 'append'";
    /** <code>computed in a loop in twin.py</code> */
    public static final String MSG_REFUSED_ADD_BYTES = "'bytes' object has no attribute 'add'";
    /** <code>computed in a loop in twin.py</code> */
    public static final String MSG_REFUSED_SETATTR_BYTES = "'bytes' object has no attribute 'x'";
    /** <code>computed in a loop in twin.py</code> */
    public static final String MSG_REFUSED_SETITEM_NONE = "'NoneType' object does not support item assignment";
    /** <code>computed in a loop in twin.py</code> */
    public static final String MSG_REFUSED_APPEND_NONE = "'NoneType' object has no attribute 'append'";
    /** <code>computed in a loop in twin.py</code> */
    public static final String MSG_REFUSED_ADD_NONE = "'NoneType' object has no attribute 'add'";
    /** <code>computed in a loop in twin.py</code> */
    public static final String MSG_REFUSED_SETATTR_NONE = "'NoneType' object has no attribute 'x'";
    /** <code>&#123;1: "a", 2: "b"&#125; == &#123;2: "b", 1: "a"&#125;</code> */
    public static final boolean EQ_DICT_OTHER_ORDER = true;
    /** <code>&#123;1: "a", "x": 2&#125; == &#123;"x": 2, 1.0: "a"&#125;</code> */
    public static final boolean EQ_DICT_OTHER_ORDER_EQUAL_KEYS = true;
    /** <code>[&#123;1: "a", 2: "b"&#125;] == [&#123;2: "b", 1: "a"&#125;]</code> */
    public static final boolean EQ_LISTS_OF_REORDERED_DICTS = true;
    /** <code>&#123;1: "a", 2: "b"&#125; == &#123;2: "a", 1: "b"&#125;</code> */
    public static final boolean EQ_DICT_SWAPPED_VALUES = false;
    /** <code>t = (nan,); t == t</code> */
    public static final boolean EQ_TUPLE_OF_NAN_ITSELF = true;
    /** <code>&#123;1: nan&#125; == &#123;1: nan&#125;</code> with the same nan object */
    public static final boolean EQ_DICTS_SAME_NAN_VALUE = true;
    /** <code>&#123;1: nan&#125; == &#123;1: float("nan")&#125;</code> */
    public static final boolean EQ_DICTS_TWO_NANS = false;
    /** <code>d = &#123;&#125;; d[Point()] = 0</code> */
    public static final String MSG_SETITEM_EQ_CLASS_KEY = "unhashable type: 'Point'";
    /** <code>d = &#123;&#125;; d[(1, [2])] = 0</code> */
    public static final String MSG_SETITEM_TUPLE_WITH_LIST_KEY = "unhashable type: 'list'";
    /** <code>s = set(); s.add((1, [2]))</code> */
    public static final String MSG_ADD_TUPLE_WITH_LIST = "unhashable type: 'list'";
    /** <code>s = &#123;1&#125;; s.add(1.0); s.add(True); len(s)</code> */
    public static final int LEN_SET_AFTER_EQUAL_ADDS = 1;
    /** <code>s = &#123;1&#125;; s.add(1.0); s.add(True); repr(s)</code> */
    public static final String REPR_SET_AFTER_EQUAL_ADDS = "{1}";
}
