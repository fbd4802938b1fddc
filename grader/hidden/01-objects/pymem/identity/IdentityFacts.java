package pymem.identity;

import pymem.grading.CPythonFacts;

/**
 * The CPython 3.11 facts the 01-objects hidden tests assert. twin.py (next to this package) measures each
 * one on python3 3.11 and prints it as NAME=value; the kit compares the two. "One unit" means one
 * {@code compile()} call, as in {@link CompileUnit}.
 */
@CPythonFacts(twin = "twin.py")
public final class IdentityFacts {
    /** Every id of an object allocated at run time is a multiple of this (pymalloc's ALIGNMENT). */
    public static final int ID_ALIGNMENT = 16;
    /** {@code id([]) == id([])}: the first list is freed before the second is made, which reuses its address. */
    public static final boolean ID_OF_TWO_TEMPORARY_LISTS_EQUAL = true;
    /** The lowest int whose run-time objects are shared ({@code int('-5') is int('-5')}). */
    public static final int SMALL_INT_MIN = -5;
    /** The highest int whose run-time objects are shared ({@code int('256') is int('256')}). */
    public static final int SMALL_INT_MAX = 256;
    /** {@code 255 + 1} computed twice at run time gives one object. */
    public static final boolean RUNTIME_255_PLUS_1_SHARED = true;
    /** {@code 256 + 1} computed twice at run time gives two objects. */
    public static final boolean RUNTIME_256_PLUS_1_SHARED = false;
    /** {@code float('1.0') is float('1.0')}. */
    public static final boolean FLOAT_FROM_STRING_SHARED = false;
    /** {@code type(None)() is None}. */
    public static final boolean NONE_SHARED = true;
    /** {@code bool(1) is (1 == 1)}. */
    public static final boolean TRUE_SHARED = true;
    /** {@code bool(0) is (1 == 2)}. */
    public static final boolean FALSE_SHARED = true;
    /** {@code str() is ''.join([])}. */
    public static final boolean EMPTY_STR_SHARED = true;
    /** {@code tuple() is tuple([])}. */
    public static final boolean EMPTY_TUPLE_SHARED = true;
    /** The highest code point c with {@code chr(c) is chr(c)}. */
    public static final int LATIN1_CHAR_SINGLETON_MAX = 255;
    /** {@code chr(256) is chr(256)}. */
    public static final boolean CHR_256_SHARED = false;
    /** Two equal strings built at run time ({@code ''.join(['hel', 'lo'])}) are one object. */
    public static final boolean RUNTIME_STR_SHARED = false;
    /** {@code a = 257; b = 257} compiled as one unit: {@code a is b}. */
    public static final boolean EQUAL_INT_CONSTANTS_SHARED_IN_UNIT = true;
    /** The literal 257 compiled in two units gives one object. */
    public static final boolean INT_CONSTANT_SHARED_ACROSS_UNITS = false;
    /** The literal 256 compiled in two units gives one object. */
    public static final boolean SMALL_INT_CONSTANT_SHARED_ACROSS_UNITS = true;
    /** {@code a = 1.5; b = 1.5} compiled as one unit: {@code a is b}. */
    public static final boolean FLOAT_CONSTANT_SHARED_IN_UNIT = true;
    /** The literal 1.5 compiled in two units gives one object. */
    public static final boolean FLOAT_CONSTANT_SHARED_ACROSS_UNITS = false;
    /** {@code a = 0.0; b = -0.0} compiled as one unit: {@code a is b}. */
    public static final boolean ZERO_AND_NEGATIVE_ZERO_CONSTANTS_SHARED = false;
    /** The literal {@code 'hello'} compiled in two units gives one (interned) object. */
    public static final boolean NAME_LITERAL_SHARED_ACROSS_UNITS = true;
    /** The literal {@code '1abc'} (name characters, not an identifier) compiled in two units gives one object. */
    public static final boolean DIGITS_FIRST_NAME_LITERAL_SHARED_ACROSS_UNITS = true;
    /** The literal {@code 'hello world!'} compiled in two units gives one object. */
    public static final boolean OTHER_LITERAL_SHARED_ACROSS_UNITS = false;
    /** The literal {@code 'h\u00e9llo'} compiled in two units gives one object. */
    public static final boolean NON_ASCII_LITERAL_SHARED_ACROSS_UNITS = false;
    /** {@code a = 'hello world!'; b = 'hello world!'} compiled as one unit: {@code a is b}. */
    public static final boolean OTHER_LITERAL_SHARED_IN_UNIT = true;
    /** {@code hel + 'lo' is 'hello'} with {@code hel = 'hel'}: run-time strings are not interned. */
    public static final boolean CONCATENATION_IS_LITERAL = false;
    /** {@code sys.intern(hel + 'lo') is 'hello'}. */
    public static final boolean INTERN_OF_CONCATENATION_IS_LITERAL = true;
    /** {@code sys.intern(s) is s} for a value never interned before. */
    public static final boolean INTERN_OF_NEW_VALUE_IS_ITSELF = true;
    /** A second, equal string interned later gets the first one back. */
    public static final boolean INTERN_AGAIN_IS_FIRST = true;
    /** {@code 1 == 1.0}. */
    public static final boolean ONE_EQ_ONE_POINT_ZERO = true;
    /** {@code 1.0 == True}. */
    public static final boolean ONE_POINT_ZERO_EQ_TRUE = true;
    /** {@code 1 is True}. */
    public static final boolean ONE_IS_TRUE = false;
    /** {@code 1 == 1+0j}. */
    public static final boolean ONE_EQ_ONE_PLUS_0J = true;
    /** {@code 1 == 1+1j}. */
    public static final boolean ONE_EQ_ONE_PLUS_1J = false;
    /** {@code 0 == False}. */
    public static final boolean ZERO_EQ_FALSE = true;
    /** {@code 2 == True}. */
    public static final boolean TWO_EQ_TRUE = false;
    /** {@code 2**53 + 1 == float(2**53)}: int and float compare exactly, without rounding the int. */
    public static final boolean INT_2_53_PLUS_1_EQ_FLOAT_2_53 = false;
    /** {@code 2**53 == float(2**53)}. */
    public static final boolean INT_2_53_EQ_FLOAT_2_53 = true;
    /** {@code 0.0 == -0.0}. */
    public static final boolean ZERO_EQ_NEGATIVE_ZERO = true;
    /** {@code nan == nan}. */
    public static final boolean NAN_EQ_NAN = false;
    /** {@code nan is nan}. */
    public static final boolean NAN_IS_NAN = true;
    /** {@code (nan,) == (nan,)} with one nan object: items compare by identity first. */
    public static final boolean TUPLE_OF_SAME_NAN_EQ = true;
    /** {@code (nan,) == (float('nan'),)}: two nan objects. */
    public static final boolean TUPLE_OF_TWO_NANS_EQ = false;
    /** {@code float('inf') == 10**400}. */
    public static final boolean INF_EQ_BIG_INT = false;
    /** {@code 'a' == b'a'}. */
    public static final boolean STR_EQ_BYTES = false;
    /** {@code b'ab' == bytearray(b'ab')}. */
    public static final boolean BYTES_EQ_BYTEARRAY = true;
    /** {@code '1' == 1}. */
    public static final boolean STR_EQ_INT = false;
    /** {@code (1, 2) == [1, 2]}. */
    public static final boolean TUPLE_EQ_LIST = false;
    /** {@code (1,) == (1, 2)}. */
    public static final boolean SHORTER_TUPLE_EQ = false;
    /** {@code None == False}. */
    public static final boolean NONE_EQ_FALSE = false;
    /** Two equal strings with a space, built at run time: {@code a is b}. */
    public static final boolean EQUAL_STRINGS_MADE_APART_ARE_SAME = false;
    /** {@code str(e)} of the NameError raised by evaluating the unbound name x. */
    public static final String NAME_ERROR_X = "name 'x' is not defined";
    /** {@code y = x; id(y) == id(x)}. */
    public static final boolean ALIAS_SAME_ID = true;
    /** {@code y = x; y = [2]; x is y}. */
    public static final boolean REBIND_Y_CHANGES_X = false;

    /** {@code 1 == True}. */
    public static final boolean ONE_EQ_TRUE = true;
    /** {@code (2+3j) == (2+3j)}. */
    public static final boolean COMPLEX_EQ_SAME_PARTS = true;
    /** {@code (2+3j) == (2-3j)}. */
    public static final boolean COMPLEX_EQ_CONJUGATE = false;
    /** {@code (2+0j) == 3}. */
    public static final boolean COMPLEX_2_EQ_3 = false;
    /** {@code True == False}. */
    public static final boolean TRUE_EQ_FALSE = false;
    /** {@code False == 0.0}. */
    public static final boolean FALSE_EQ_ZERO_POINT_ZERO = true;
    /** Two ints 10**30 made apart at run time: {@code a == b}. */
    public static final boolean EQUAL_BIG_INTS_MADE_APART_EQ = true;
    /** ... and {@code a is b}. */
    public static final boolean EQUAL_BIG_INTS_MADE_APART_IS = false;
    /** {@code nan == 0}. */
    public static final boolean NAN_EQ_ZERO = false;
    /** {@code 3 == 3.5}. */
    public static final boolean THREE_EQ_THREE_POINT_FIVE = false;
    /** {@code (1, (2.0,)) == (True, (2,))}. */
    public static final boolean NESTED_TUPLES_EQ_ACROSS_NUMBERS = true;
    /** {@code [1, 'a'] == [1.0, 'a']}. */
    public static final boolean LISTS_EQ_ACROSS_NUMBERS = true;
    /** {@code [1, 'a'] == [1, 'b']}. */
    public static final boolean LISTS_WITH_ONE_DIFFERENT_ITEM_EQ = false;
    /** {@code () == tuple([])}. */
    public static final boolean EMPTY_TUPLES_EQ = true;
    /** {@code C() == C()} for {@code class C: pass}: object.__eq__ is identity. */
    public static final boolean INSTANCES_WITHOUT_EQ_EQ = false;
    /** {@code None == None}. */
    public static final boolean NONE_EQ_NONE = true;
    /** The literal {@code 'aA0'} compiled in two units gives one object. */
    public static final boolean MIXED_CASE_DIGIT_LITERAL_SHARED_ACROSS_UNITS = true;
    /** The literal {@code 'Z_9_z'} compiled in two units gives one object. */
    public static final boolean UNDERSCORE_LITERAL_SHARED_ACROSS_UNITS = true;
    /**
     * Any of eight literals with one character just outside the name characters (such as {@code 'a@b'},
     * {@code 'a:b'} or {@code 'a-b'}), compiled in two units, gives one object.
     */
    public static final boolean PUNCTUATION_LITERAL_SHARED_ACROSS_UNITS = false;

    /** Two strings {@code 'a b'} built apart at run time: {@code a == b}. */
    public static final boolean EQUAL_STRS_MADE_APART_EQ = true;
    /** {@code 'a b' == 'a c'}. */
    public static final boolean DIFFERENT_STRS_EQ = false;
    /** {@code 7 == 8}. */
    public static final boolean DIFFERENT_INTS_EQ = false;
    /** {@code 0.5 == 0.25}. */
    public static final boolean DIFFERENT_FLOATS_EQ = false;
    /** {@code bytes([1, 2]) == bytes([1, 2])}. */
    public static final boolean EQUAL_BYTES_MADE_APART_EQ = true;
    /** {@code bytes([1, 2]) == bytes([1, 3])}. */
    public static final boolean DIFFERENT_BYTES_EQ = false;

    /** Two cells holding equal ints made apart: {@code cell == cell} compares the contents. */
    public static final boolean CELLS_OF_EQUAL_INTS_EQ = true;
    /** A cell holding {@code 1} and one holding {@code 1.0}. */
    public static final boolean CELLS_OF_INT_AND_FLOAT_EQ = true;
    /** A cell holding {@code 1} and one holding {@code 2}. */
    public static final boolean CELLS_OF_DIFFERENT_INTS_EQ = false;
    /** Two empty cells ({@code types.CellType()}). */
    public static final boolean EMPTY_CELLS_EQ = true;
    /** An empty cell and a cell holding None. */
    public static final boolean EMPTY_CELL_EQ_CELL_OF_NONE = false;
    /** A cell holding nan, compared with itself: the contents are compared with ==, not identity first. */
    public static final boolean CELL_OF_NAN_EQ_ITSELF = false;
    /** {@code (c,) == (c,)} for that cell: the tuple compares its items by identity first. */
    public static final boolean TUPLE_OF_SAME_NAN_CELL_EQ = true;
    /** A cell holding 1 compared with 1 itself. */
    public static final boolean CELL_EQ_ITS_CONTENTS = false;
    /** Two cells holding equal lists {@code [1]}. */
    public static final boolean CELLS_OF_EQUAL_LISTS_EQ = true;
    /** {@code z is z} for {@code z = complex(nan, 0)}. */
    public static final boolean COMPLEX_NAN_IS_ITSELF = true;
    /** {@code z == z} for {@code z = complex(nan, 0)}: a complex holding nan is another {@code x is x and x != x}. */
    public static final boolean COMPLEX_NAN_EQ_ITSELF = false;
    /** {@code z == z} for {@code z = complex(0, nan)}. */
    public static final boolean COMPLEX_WITH_NAN_IMAG_EQ_ITSELF = false;

    /** The literal {@code 'é'} is {@code chr(233)}: a one-character Latin-1 literal is the shared string. */
    public static final boolean E_ACUTE_LITERAL_IS_CHR_233 = true;
    /** The literal {@code '+'} is {@code chr(43)}. */
    public static final boolean PLUS_LITERAL_IS_CHR_43 = true;
    /** The literal {@code 'a'} is {@code chr(97)}: False in 3.11.7, a name interned at startup (out of scope). */
    public static final boolean A_LITERAL_IS_CHR_97 = false;
    /** The literal {@code 'g'} is {@code chr(103)}: True in 3.11.7 (out of scope). */
    public static final boolean G_LITERAL_IS_CHR_103 = true;
    /** {@code sys.intern(chr(97)) is chr(97)}: False in 3.11.7 (out of scope). */
    public static final boolean INTERN_OF_CHR_97_IS_CHR_97 = false;
    /** {@code sys.intern(chr(233)) is chr(233)}. */
    public static final boolean INTERN_OF_CHR_233_IS_CHR_233 = true;
    /** {@code sys.intern(s) is s} for a new {@code 'path'} built at run time: CPython interned one at startup. */
    public static final boolean INTERN_OF_NEW_PATH_IS_ITSELF = false;
    /** {@code ''.join(['', chr(233)]) is chr(233)}: join builds a new one-character string. */
    public static final boolean JOIN_OF_EMPTY_AND_E_ACUTE_IS_CHR_233 = false;
    /** {@code str(5) is chr(53)}. */
    public static final boolean STR_OF_5_IS_CHR_53 = false;
    /** {@code s[1] is chr(233)} for a run-time {@code s = 'xé'}: indexing gives the shared string. */
    public static final boolean INDEX_OF_STR_IS_CHR_233 = true;
    /** {@code s[1:] is chr(233)} for a run-time {@code s = 'xé'}: so does slicing. */
    public static final boolean SLICE_OF_STR_IS_CHR_233 = true;

    /** The lesson: {@code type(50)}. */
    public static final String LESSON_TYPE_OF_50 = "<class 'int'>";
    /** The lesson: {@code type(True)}. */
    public static final String LESSON_TYPE_OF_TRUE = "<class 'bool'>";
    /** The lesson: {@code type(None)}. */
    public static final String LESSON_TYPE_OF_NONE = "<class 'NoneType'>";
    /** The lesson: {@code int('256') is int('256')}. */
    public static final boolean LESSON_INT_256_IS_INT_256 = true;
    /** The lesson: {@code int('257') is int('257')}. */
    public static final boolean LESSON_INT_257_IS_INT_257 = false;
    /** The lesson: {@code id(1) % 16}: the static small ints are only 8-byte aligned in 3.11. */
    public static final int LESSON_ID_OF_1_MOD_16 = 8;
    /** The lesson: {@code 256 + 1} is folded by the compiler into the constant 257. */
    public static final boolean LESSON_256_PLUS_1_FOLDED_TO_257 = true;
    /** The lesson: {@code x = 60; y = x; y += 5; x, y, x is y}. */
    public static final String LESSON_BRIDGE_INT = "(60, 65, False)";
    /** The lesson: {@code nums = [1, 2, 3]; alias = nums; alias += [4]; nums, alias is nums}. */
    public static final String LESSON_BRIDGE_LIST = "([1, 2, 3, 4], True)";

    private IdentityFacts() {
    }
}
