package pymem.sizeof;

import java.util.List;
import pymem.grading.CPythonFacts;

/**
 * The CPython 3.11 (64-bit) sizes the 07-sizeof hidden tests assert. ../../twin.py prints each one with
 * python3; this file was generated from its output and the kit compares the two on every build.
 */
@CPythonFacts(twin = "twin.py")
final class SizeFacts {
    /** getsizeof(2**k) for k = 0..199. */
    public static final List<Integer> INT_SIZES_POW2 = List.of(28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28,
            28, 28, 28, 28, 28, 28, 28, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32,
            32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36,
            36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 40, 40, 40, 40, 40, 40, 40, 40,
            40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 44, 44, 44,
            44, 44, 44, 44, 44, 44, 44, 44, 44, 44, 44, 44, 44, 44, 44, 44, 44, 44, 44, 44, 44, 44, 44, 44, 44,
            44, 44, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48,
            48, 48, 48, 48, 48, 48, 48, 52, 52, 52, 52, 52, 52, 52, 52, 52, 52, 52, 52, 52, 52, 52, 52, 52, 52,
            52, 52);
    /** getsizeof(2**k - 1) for k = 0..199 (k = 0 is the int 0). */
    public static final List<Integer> INT_SIZES_POW2_MINUS_1 = List.of(28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28,
            28, 28, 28, 28, 28, 28, 28, 28, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32,
            32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36,
            36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 40, 40, 40, 40, 40, 40, 40,
            40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 44, 44,
            44, 44, 44, 44, 44, 44, 44, 44, 44, 44, 44, 44, 44, 44, 44, 44, 44, 44, 44, 44, 44, 44, 44, 44, 44,
            44, 44, 44, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48,
            48, 48, 48, 48, 48, 48, 48, 48, 52, 52, 52, 52, 52, 52, 52, 52, 52, 52, 52, 52, 52, 52, 52, 52, 52,
            52, 52);
    /** getsizeof(-(2**k)) for k = 0..199. */
    public static final List<Integer> INT_SIZES_NEGATIVE_POW2 = List.of(28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28,
            28, 28, 28, 28, 28, 28, 28, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32,
            32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36,
            36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 40, 40, 40, 40, 40, 40, 40, 40,
            40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 44, 44, 44,
            44, 44, 44, 44, 44, 44, 44, 44, 44, 44, 44, 44, 44, 44, 44, 44, 44, 44, 44, 44, 44, 44, 44, 44, 44,
            44, 44, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48,
            48, 48, 48, 48, 48, 48, 48, 52, 52, 52, 52, 52, 52, 52, 52, 52, 52, 52, 52, 52, 52, 52, 52, 52, 52,
            52, 52);
    public static final int TRUE_SIZE = 28;
    public static final int FALSE_SIZE = 28;
    public static final int FLOAT_SIZE = 24;
    public static final int COMPLEX_SIZE = 32;
    public static final int NONE_SIZE = 16;
    /** getsizeof(b'x' * n) for n = 0..20. */
    public static final List<Integer> BYTES_SIZES = List.of(33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53);
    /** getsizeof(bytearray(b'x' * n)) for n = 0..20. */
    public static final List<Integer> BYTEARRAY_SIZES = List.of(56, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77);
    /** getsizeof('a' * n) for n = 0..20. */
    public static final List<Integer> STR_ASCII_SIZES = List.of(49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69);
    /** getsizeof('\u00e9' * n) for n = 1..20. */
    public static final List<Integer> STR_LATIN1_SIZES = List.of(74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93);
    /** getsizeof('\u20ac' * n) for n = 1..20. */
    public static final List<Integer> STR_UCS2_SIZES = List.of(76, 78, 80, 82, 84, 86, 88, 90, 92, 94, 96, 98, 100, 102, 104, 106, 108, 110, 112, 114);
    /** getsizeof('\U0001F600' * n) for n = 1..20. */
    public static final List<Integer> STR_UCS4_SIZES = List.of(80, 84, 88, 92, 96, 100, 104, 108, 112, 116, 120, 124, 128, 132, 136, 140, 144, 148, 152,
            156);
    public static final List<Integer> STR_BOUNDARY_CODE_POINTS = List.of(127, 128, 255, 256, 65535, 65536, 1114111);
    /** getsizeof('ab' + chr(cp)) for each of STR_BOUNDARY_CODE_POINTS. */
    public static final List<Integer> STR_BOUNDARY_SIZES = List.of(52, 76, 76, 80, 80, 88, 88);
    /** getsizeof(tuple([None] * n)) for n = 0..20. */
    public static final List<Integer> TUPLE_SIZES = List.of(40, 48, 56, 64, 72, 80, 88, 96, 104, 112, 120, 128, 136, 144, 152, 160, 168, 176, 184, 192,
            200);
    /** getsizeof of [] after n appends, n = 0..200. */
    public static final List<Integer> LIST_APPEND_SIZES = List.of(56, 88, 88, 88, 88, 120, 120, 120, 120, 184, 184, 184, 184, 184, 184, 184, 184, 248, 248,
            248, 248, 248, 248, 248, 248, 312, 312, 312, 312, 312, 312, 312, 312, 376, 376, 376, 376, 376, 376,
            376, 376, 472, 472, 472, 472, 472, 472, 472, 472, 472, 472, 472, 472, 568, 568, 568, 568, 568, 568,
            568, 568, 568, 568, 568, 568, 664, 664, 664, 664, 664, 664, 664, 664, 664, 664, 664, 664, 792, 792,
            792, 792, 792, 792, 792, 792, 792, 792, 792, 792, 792, 792, 792, 792, 920, 920, 920, 920, 920, 920,
            920, 920, 920, 920, 920, 920, 920, 920, 920, 920, 1080, 1080, 1080, 1080, 1080, 1080, 1080, 1080,
            1080, 1080, 1080, 1080, 1080, 1080, 1080, 1080, 1080, 1080, 1080, 1080, 1240, 1240, 1240, 1240,
            1240, 1240, 1240, 1240, 1240, 1240, 1240, 1240, 1240, 1240, 1240, 1240, 1240, 1240, 1240, 1240,
            1432, 1432, 1432, 1432, 1432, 1432, 1432, 1432, 1432, 1432, 1432, 1432, 1432, 1432, 1432, 1432,
            1432, 1432, 1432, 1432, 1432, 1432, 1432, 1432, 1656, 1656, 1656, 1656, 1656, 1656, 1656, 1656,
            1656, 1656, 1656, 1656, 1656, 1656, 1656, 1656, 1656, 1656, 1656, 1656, 1656, 1656, 1656, 1656,
            1656, 1656, 1656, 1656);
    /** getsizeof([None] * n) for n = 0..50. */
    public static final List<Integer> LIST_REPEAT_SIZES = List.of(56, 64, 72, 80, 88, 96, 104, 112, 120, 128, 136, 144, 152, 160, 168, 176, 184, 192, 200,
            208, 216, 224, 232, 240, 248, 256, 264, 272, 280, 288, 296, 304, 312, 320, 328, 336, 344, 352, 360,
            368, 376, 384, 392, 400, 408, 416, 424, 432, 440, 448, 456);
    /** getsizeof(list(range(n))) for n = 0..50. */
    public static final List<Integer> LIST_FROM_SIZED_SIZES = List.of(56, 72, 72, 88, 88, 104, 104, 120, 120, 136, 136, 152, 152, 168, 168, 184, 184, 200, 200,
            216, 216, 232, 232, 248, 248, 264, 264, 280, 280, 296, 296, 312, 312, 328, 328, 344, 344, 360, 360,
            376, 376, 392, 392, 408, 408, 424, 424, 440, 440, 456, 456);
    /** getsizeof([1, 2, 3]): a display of constants extends an empty list. */
    public static final int LIST_CONSTANT_DISPLAY_SIZE = 88;
    /** getsizeof([a, b, c]) with names: built exactly. */
    public static final int LIST_DISPLAY_SIZE = 80;
    /** Steps replayed on a list: aN append N, iN insert N at the front, dN delete N from the front, c clear. */
    /** getsizeof of list displays of n names, of n constants, of a name then n - 1 constants, [x for x in range(n)]. */
    public static final List<Integer> LIST_DISPLAY_LENGTHS = List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14,
            15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41,
            42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64);
    public static final List<Integer> LIST_NAME_DISPLAY_SIZES = List.of(56, 64, 72, 80, 88, 96, 104, 112, 120, 128, 136,
            144, 152, 160, 168, 176, 184, 192, 200, 208, 216, 224, 232, 240, 248, 256, 264, 272, 280, 288, 296, 312,
            312, 376, 376, 376, 376, 376, 376, 376, 376, 472, 472, 472, 472, 472, 472, 472, 472, 472, 472, 472, 472,
            568, 568, 568, 568, 568, 568, 568, 568, 568, 568, 568, 568);
    public static final List<Integer> LIST_CONSTANT_DISPLAY_SIZES = List.of(56, 64, 72, 88, 88, 104, 104, 120, 120, 136,
            136, 152, 152, 168, 168, 184, 184, 200, 200, 216, 216, 232, 232, 248, 248, 264, 264, 280, 280, 296, 296,
            312, 312, 328, 328, 344, 344, 360, 360, 376, 376, 392, 392, 408, 408, 424, 424, 440, 440, 456, 456, 472,
            472, 488, 488, 504, 504, 520, 520, 536, 536, 552, 552, 568, 568);
    public static final List<Integer> LIST_MIXED_DISPLAY_SIZES = List.of(64, 72, 80, 88, 96, 104, 112, 120, 128, 136,
            144, 152, 160, 168, 176, 184, 192, 200, 208, 216, 224, 232, 240, 248, 256, 264, 272, 280, 288, 296, 312,
            312, 376, 376, 376, 376, 376, 376, 376, 376, 472, 472, 472, 472, 472, 472, 472, 472, 472, 472, 472, 472,
            568, 568, 568, 568, 568, 568, 568, 568, 568, 568, 568, 568);
    public static final List<Integer> LIST_COMPREHENSION_SIZES = List.of(56, 88, 88, 88, 88, 120, 120, 120, 120, 184,
            184, 184, 184, 184, 184, 184, 184, 248, 248, 248, 248, 248, 248, 248, 248, 312, 312, 312, 312, 312, 312,
            312, 312, 376, 376, 376, 376, 376, 376, 376, 376, 472, 472, 472, 472, 472, 472, 472, 472, 472, 472, 472,
            472, 568, 568, 568, 568, 568, 568, 568, 568, 568, 568, 568, 568);
    public static final int LIST_ONE_CONSTANT_DISPLAY_SIZE = 64;
    public static final int LIST_TWO_CONSTANT_DISPLAY_SIZE = 72;
    public static final String LIST_SCRIPT = "a20 d15 a3 i2 d5 a9 d4 c a5 d5 a1 i40 d39 a100 d90";
    /** getsizeof of the list after each step of LIST_SCRIPT. */
    /** A list emptied step by step (same notation as LIST_SCRIPT). */
    public static final String LIST_SHRINK_SCRIPT = "a64 d1 d20 d12 d10 d5 d8 a3 d6 d4";
    /** getsizeof of the list after each step of LIST_SHRINK_SCRIPT. */
    public static final List<Integer> LIST_SHRINK_SCRIPT_SIZES = List.of(568, 568, 568, 376, 376, 248, 184, 184, 120, 88);
    public static final List<Integer> LIST_SCRIPT_SIZES = List.of(248, 120, 120, 184, 120, 184, 184, 56, 120, 56, 88, 472, 120, 920, 248);
    /** getsizeof of {} after n str-key inserts, n = 0..30. */
    public static final List<Integer> DICT_STR_KEY_SIZES = List.of(64, 184, 184, 184, 184, 184, 272, 272, 272, 272, 272, 464, 464, 464, 464, 464, 464, 464,
            464, 464, 464, 464, 832, 832, 832, 832, 832, 832, 832, 832, 832);
    /** Key counts of the large-dict sweep: index entries widen from 1 to 2 to 4 bytes. */
    public static final List<Integer> DICT_LARGE_KEY_COUNTS = List.of(100, 200, 500, 1000, 5000, 30000, 50000);
    /** getsizeof of {} after n str-key inserts, for each n of DICT_LARGE_KEY_COUNTS. */
    public static final List<Integer> DICT_LARGE_STR_KEY_SIZES = List.of(3328, 6576, 13056, 26032, 103856, 961280, 1922480);
    /** getsizeof of {} after n int-key inserts, n = 0..30. */
    public static final List<Integer> DICT_INT_KEY_SIZES = List.of(64, 224, 224, 224, 224, 224, 352, 352, 352, 352, 352, 632, 632, 632, 632, 632, 632, 632,
            632, 632, 632, 632, 1168, 1168, 1168, 1168, 1168, 1168, 1168, 1168, 1168);
    /** n str keys then one int key, n = 0..12: the str-only table is rebuilt as a general one. */
    public static final List<Integer> DICT_STR_KEYS_THEN_INT_KEY_SIZES = List.of(224, 352, 352, 352, 352, 352, 632, 632, 632, 632, 632, 1168, 1168);
    /** Steps replayed on a dict: sN insert N str keys, oN insert N int keys, dN delete the N oldest keys, c clear. */
    public static final String DICT_SCRIPT = "s5 d5 s1 s7 d3 o1 s4 d10 s12 c s2 o9 d11 s30 d25 o3";
    /** getsizeof of the dict after each step of DICT_SCRIPT. */
    /** Deletions followed by inserts (same notation as DICT_SCRIPT). */
    public static final String DICT_DELETE_SCRIPT = "s5 d1 s1 s5 d2 s2 d4 o1 s6 d3 s3 d9 s7";
    /** getsizeof of the dict after each step of DICT_DELETE_SCRIPT. */
    public static final List<Integer> DICT_DELETE_SCRIPT_SIZES = List.of(184, 184, 272, 272, 272, 464, 464, 632, 632, 632, 632, 632, 632);
    public static final List<Integer> DICT_SCRIPT_SIZES = List.of(184, 184, 184, 272, 272, 352, 352, 352, 632, 64, 184, 632, 632, 1168, 1168, 1168);
    /** getsizeof(set(list(range(n)))) for n = 0..200. */
    public static final List<Integer> SET_SIZES = List.of(216, 216, 216, 216, 216, 728, 728, 728, 728, 728, 728, 728, 728, 728, 728, 728, 728, 728,
            728, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264,
            2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264,
            2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264,
            2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 8408, 8408, 8408, 8408, 8408, 8408,
            8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408,
            8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408,
            8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408,
            8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408,
            8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408,
            8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408,
            8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408, 8408,
            8408, 8408, 8408, 8408, 8408, 8408);
    /** Element counts of the large-set sweep, around the resize at which a set past 50,000 elements only doubles. */
    public static final List<Integer> SET_LARGE_COUNTS = List.of(50000, 78642, 78643, 100000);
    /** getsizeof(set(list(range(n)))) for each n of SET_LARGE_COUNTS. */
    public static final List<Integer> SET_LARGE_SIZES = List.of(2097368, 2097368, 4194520, 4194520);
    /** getsizeof(frozenset(list(range(n)))) for n = 0..40. */
    public static final List<Integer> FROZENSET_SIZES = List.of(216, 216, 216, 216, 216, 728, 728, 728, 728, 728, 728, 728, 728, 728, 728, 728, 728, 728,
            728, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264,
            2264, 2264, 2264, 2264, 2264, 2264);
    /** An instance of class C: pass, whatever its attributes. */
    public static final int INSTANCE_SIZE = 56;
    /** An instance of a class with __slots__ of n names, n = 0..5. */
    public static final List<Integer> SLOTS_INSTANCE_SIZES = List.of(32, 40, 48, 56, 64, 72);
    /**
     * Classes as "Name(Base,...)[slot,...]" ("[]" is __slots__ = (), no brackets is no __slots__), made in
     * order; getsizeof of an instance of each and of each class.
     */
    public static final String SLOT_CLASSES = "A() S0()[] S1()[a] S2()[a,b] SD()[__dict__] SDa()[a,__dict__] SW()[__weakref__] "
            + "SWa()[a,__weakref__] SDW()[__dict__,__weakref__] SDWa()[a,__dict__,__weakref__] Sub1(S1)[b] "
            + "SubNo(S1) SubA(A)[b] SubA0(A)[] Sub2(Sub1)[c,d] SubNoE(S0) SubD(S1)[__dict__] "
            + "SubW(S1)[__weakref__] SubW2(SW)[a] SubD2(SD)[a] SubD2n(SD) M(S1,A) M2(A,S1)[c] M3(SW,SD) "
            + "M4(Sub1,S1)[e] M5(S0,SW)[] Dup()[a,a] Shadow(S1)[a]";
    /** Classes CPython refuses to create (each after SLOT_CLASSES), and the TypeError it raises for each. */
    public static final List<Integer> SLOT_CLASS_INSTANCE_SIZES = List.of(56, 32, 40, 48, 48, 56, 40, 48, 56, 64, 48,
            64, 64, 56, 64, 56, 56, 48, 48, 56, 56, 64, 72, 56, 56, 40, 48, 48);
    public static final List<Integer> SLOT_CLASS_SIZES = List.of(1688, 920, 920, 920, 1688, 1688, 920, 920, 1688, 1688,
            920, 1688, 1688, 1688, 920, 1688, 1688, 920, 920, 1688, 1688, 1688, 1688, 1688, 920, 920, 920, 920);
    /** Classes CPython refuses to create (each after SLOT_CLASSES), and the first line of its TypeError. */
    public static final String REFUSED_CLASSES = "X1(S1,S2) X2(A)[__dict__] X3(A)[__weakref__] X4(SW)[__weakref__] X5(SubNo,S2)[] X6(S2,S1)[c] X7(A,SubA0)";
    public static final List<String> REFUSED_CLASS_ERRORS = List.of("multiple bases have instance lay-out conflict",
            "__dict__ slot disallowed: we already got one",
            "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0",
            "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0",
            "multiple bases have instance lay-out conflict", "multiple bases have instance lay-out conflict",
            "Cannot create a consistent method resolution");
    public static final int CLASS_SIZE = 1688;
    public static final int SLOTS_CLASS_SIZE = 920;
    public static final int FUNCTION_SIZE = 152;
    public static final int CELL_SIZE = 40;
    /** Type names (sorted) whose objects carry the GC header; C is an instance's class. */
    public static final String GC_TYPE_NAMES = "C cell dict frozenset function list set tuple type";
    /** Deep size of the notebook's [1, 2, [3, 4]]. */
    public static final int DEEP_NOTEBOOK_LIST = 264;
    /** Deep size of {'a': [1, 2, 3], 'b': 'xyz'}. */
    public static final int DEEP_DICT_OF_LIST_AND_STR = 508;
    /** x = [1, 2, 3]; deep size of [x, x, x]. */
    public static final int DEEP_SHARED_LIST_THREE_TIMES = 252;
    /** l = []; l.append(l); deep size of l. */
    public static final int DEEP_SELF_CONTAINING_LIST = 88;
    /** c = C(); c.a = [1, 2]; c.b = 'hi'; deep size of c (the class is not counted). */
    public static final int DEEP_INSTANCE = 235;
    /** Deep size of 0 wrapped in TestStack.RECURSION_PROOF_DEPTH (65,536) one-item lists. */
    public static final int DEEP_NESTED_LISTS = 4194332;
    /** big = 10**30; text = 'shared' (made at run time); deep size of [big, big, text, {'a': text}, (big, text)]. */
    public static final int DEEP_SHARED_ATOMS = 481;
    /** Deep size of 0 wrapped in TestStack.RECURSION_PROOF_DEPTH (65,536) one-item tuples. */
    public static final int DEEP_NESTED_TUPLES = 3145756;

    private SizeFacts() {
    }

    // The lesson's own numbers (README.md).
    public static final int LESSON_INT_60 = 28;
    public static final int LESSON_NOTEBOOK_LIST = 80;
    public static final List<Integer> LESSON_INT_DIGIT_BOUNDARY = List.of(28, 32);
    public static final List<Integer> LESSON_STR_SIZES = List.of(54, 78, 84);
    public static final List<Integer> LESSON_SLOTS_WHILE_APPENDING = List.of(4, 4, 4, 4, 8, 8, 8, 8, 16);
    public static final List<Integer> LESSON_DICT_SIZES = List.of(64, 184);
    public static final int LESSON_LIST_AFTER_5_APPENDS = 120;
    public static final int LESSON_EMPTY_TUPLE = 40;
    public static final List<Integer> LESSON_APPEND_CAPACITIES = List.of(0, 4, 8, 16, 24, 32, 40, 52, 64, 76, 92);
    public static final List<Integer> LESSON_SET_SIZES = List.of(216, 728, 2264);
    public static final int LESSON_SHRINK_10_DELETE_6 = 120;
    public static final int LESSON_EMPTY_BYTEARRAY = 56;
    public static final int LESSON_ASCII_STR_OF_3 = 52;
    public static final List<Integer> LESSON_SLOTS_OF_31_AND_33_NAMES = List.of(32, 40);
    public static final int LESSON_SLOTTED_UNDER_ORDINARY = 64;
    public static final List<Integer> LESSON_SLOTS_LEFT_AFTER_EMPTYING_ONE_AND_TWO_SLOTS_BY_DEL_REMOVE_POP = List.of(0, 0, 0, 0, 1, 0);
}
