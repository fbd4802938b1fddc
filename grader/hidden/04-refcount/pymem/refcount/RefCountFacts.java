package pymem.refcount;

import java.util.List;
import pymem.grading.CPythonFacts;

/**
 * The CPython 3.11 facts the 04-refcount hidden tests assert. twin.py (next to this package) measures each
 * one on python3 3.11 and prints it as NAME=value; the kit compares the two.
 */
@CPythonFacts(twin = "twin.py")
public final class RefCountFacts {
    /** {@code x = [6, 5, 8]; sys.getrefcount(x)}: the name plus the argument's temporary reference. */
    public static final long GETREFCOUNT_FRESH_NAME = 2;
    /** ... then {@code y = x}. */
    public static final long GETREFCOUNT_AFTER_ALIAS = 3;
    /** ... then {@code l = [x, x]}: two more, one per slot. */
    public static final long GETREFCOUNT_AFTER_LIST_OF_TWO = 5;
    /** ... then {@code del y, l}. */
    public static final long GETREFCOUNT_AFTER_DEL_ALIAS_AND_LIST = 2;
    /** {@code y = x; y = [0]}: rebinding y released x. */
    public static final long GETREFCOUNT_AFTER_REBIND_AWAY = 2;
    /** {@code sys.getrefcount(object())}: only the temporary reference. */
    public static final long GETREFCOUNT_UNOWNED = 1;
    /** Inside {@code f(x)}, {@code sys.getrefcount(p)}: the global name, the parameter, the argument. */
    public static final long GETREFCOUNT_AS_PARAMETER = 3;
    /** {@code d['k'] = x}. */
    public static final long GETREFCOUNT_AFTER_DICT_STORE = 3;
    /** ... then {@code d.clear()}. */
    public static final long GETREFCOUNT_AFTER_DICT_CLEAR = 2;
    /** {@code t = (x, x, x)}. */
    public static final long GETREFCOUNT_IN_TUPLE_OF_THREE = 5;
    /** {@code c = C()} adds this much to {@code sys.getrefcount(C)}. */
    public static final long INSTANCE_ADDS_TO_CLASS = 1;
    /** test_sys.test_refcount: {@code n = None} adds this much to {@code sys.getrefcount(None)}. */
    public static final long BIND_NONE_ADDS = 1;
    /** ... and after {@code del n} the count is back where it was (difference 0). */
    public static final long DEL_NONE_RESTORES = 0;
    /** {@code s = []; s.append(s); sys.getrefcount(s)}: the name, its own slot, the argument. */
    public static final long GETREFCOUNT_SELF_LIST = 3;
    /** ... then {@code del s}: its own slot keeps {@code ob_refcnt} at 1, so refcounting never frees it. */
    public static final long CYCLE_REFCOUNT_AFTER_DEL = 1;
    /** {@code ob_refcnt} of a static object nothing has touched (3.11's _PyObject_IMMORTAL_INIT). */
    public static final long STATIC_INITIAL_REFCOUNT = 999_999_999;
    /** {@code [0] * 1000} adds exactly this much to {@code sys.getrefcount(0)}: static counts still move. */
    public static final long LIST_OF_1000_ZEROS_ADDS = 1000;
    /** {@code del x} for an unbound x (NameError). */
    public static final String NAME_ERROR_MESSAGE = "name 'x' is not defined";
    /** {@code l = [1]; l[5] = 0} (IndexError). */
    public static final String LIST_ASSIGNMENT_INDEX_ERROR_MESSAGE = "list assignment index out of range";
    /** {@code l = [1]; del l[-5]} (IndexError): deletion reports the same message as assignment. */
    public static final String LIST_DELETION_INDEX_ERROR_MESSAGE = "list assignment index out of range";
    /** {@code d = {}; del d['zz']} (KeyError): the message is the key's repr. */
    public static final String KEY_ERROR_MESSAGE = "'zz'";
    /** {@code c = C(); del c.x} (AttributeError). */
    public static final String ATTRIBUTE_ERROR_MESSAGE = "'C' object has no attribute 'x'";

    /** {@code del l} for {@code l = [a, b, c]}: a list releases its items last to first. */
    public static final List<String> DEATHS_LIST_OF_THREE = List.of("c", "b", "a");
    /** {@code l = [a, b, c]; l.clear()}: _list_clear releases the last item first too. */
    public static final List<String> DEATHS_LIST_CLEAR = List.of("c", "b", "a");
    /** {@code del t} for {@code t = (a, b, c)}: so does a tuple. */
    public static final List<String> DEATHS_TUPLE_OF_THREE = List.of("c", "b", "a");
    /** {@code del d} for {@code d = {k1: v1, k2: v2}}: each entry's key, then its value, in insertion order. */
    public static final List<String> DEATHS_DICT_OF_TWO_ENTRIES = List.of("k1", "v1", "k2", "v2");
    /** {@code del l} for {@code l = [[l1, l2], (t1, t2), {'k': v}]}: depth first, each container in its own order. */
    public static final List<String> DEATHS_NESTED_CONTAINERS = List.of("v", "t2", "t1", "l2", "l1");
    /** {@code o.a = a; o.b = b; o.a.a = aa; o.a.b = ab; del o}: depth first, so {@code o.a.a} dies before {@code o.b}. */
    public static final List<String> DEATHS_INSTANCE_TREE = List.of("o", "a", "aa", "ab", "b");
    /** A first instance sets y then x and dies; a second sets x then y: it releases y's value first (the class's key table order). */
    public static final List<String> DEATHS_INSTANCE_SHARED_KEY_ORDER = List.of(
            "first", "first.y", "first.x", "second", "second.y", "second.x");
    /** {@code o.a = a; o.b = b; del o.a; o.a = a2; del o}: a name set again keeps its place in the key table. */
    public static final List<String> DEATHS_ATTRIBUTE_SET_AGAIN = List.of("a", "o", "a again", "b");
    /** {@code o = M('o'); del o.b (AttributeError); o.a = a; o.b = b; del o}: the failed delete placed b first. */
    public static final List<String> DEATHS_AFTER_A_FAILED_DELETE = List.of("o", "b", "a");
    /** How many attribute names a class's shared key table takes in 3.11. */
    public static final int SHARED_KEY_NAMES_MAX = 29;
    /** Made after 10 other instances of its class, a first instance finds only this many places for names. */
    public static final int SHARED_KEY_NAMES_AFTER_10_INSTANCES = 19;
    /**
     * After 28 instances of M (each with its name), o sets y (the last place) and x (no place: a dict of its own);
     * then p sets x and y: x is not in the table, so p gets a dict too. Deaths of {@code del o; del p}.
     */
    public static final List<String> DEATHS_CROWDED_CLASS = List.of("o", "y", "x", "p", "x2", "y2");
    /** With the class's table full (a0..a28), {@code o.a5, o.a1, o.extra, o.a0} set in that order: o has a dict of its own and releases in insertion order. */
    public static final List<String> DEATHS_INSTANCE_WITH_OWN_DICT = List.of("a5", "a1", "extra", "a0");
    /** A function with defaults {@code (d1, d2)} and closure cells for {@code x, y}: the defaults tuple, then the closure, each last to first. */
    public static final List<String> DEATHS_FUNCTION = List.of("d2", "d1", "y", "x");
    /** {@code del l} for {@code l = [b, chain]}, a chain of 100 instances linked by {@code .next}: past 50 nested deallocators the rest of the chain waits until b has died. */
    public static final List<String> DEATHS_TRASHCAN_SIBLING = List.of(
            "c0", "c1", "c2", "c3", "c4", "c5", "c6", "c7", "c8", "c9", "c10", "c11", "c12", "c13", "c14",
            "c15", "c16", "c17", "c18", "c19", "c20", "c21", "c22", "c23", "c24", "c25", "c26", "c27", "c28",
            "c29", "c30", "c31", "c32", "c33", "c34", "c35", "c36", "c37", "c38", "c39", "c40", "c41", "c42",
            "c43", "c44", "c45", "c46", "c47", "c48", "b", "c49", "c50", "c51", "c52", "c53", "c54", "c55",
            "c56", "c57", "c58", "c59", "c60", "c61", "c62", "c63", "c64", "c65", "c66", "c67", "c68", "c69",
            "c70", "c71", "c72", "c73", "c74", "c75", "c76", "c77", "c78", "c79", "c80", "c81", "c82", "c83",
            "c84", "c85", "c86", "c87", "c88", "c89", "c90", "c91", "c92", "c93", "c94", "c95", "c96", "c97",
            "c98", "c99");
    /** {@code del l} for {@code l = [x_chain, y_chain]}, two chains of 55: the deposited ends die last deposited first. */
    public static final List<String> DEATHS_TRASHCAN_TWO_CHAINS = List.of(
            "y0", "y1", "y2", "y3", "y4", "y5", "y6", "y7", "y8", "y9", "y10", "y11", "y12", "y13", "y14",
            "y15", "y16", "y17", "y18", "y19", "y20", "y21", "y22", "y23", "y24", "y25", "y26", "y27", "y28",
            "y29", "y30", "y31", "y32", "y33", "y34", "y35", "y36", "y37", "y38", "y39", "y40", "y41", "y42",
            "y43", "y44", "y45", "y46", "y47", "y48", "x0", "x1", "x2", "x3", "x4", "x5", "x6", "x7", "x8",
            "x9", "x10", "x11", "x12", "x13", "x14", "x15", "x16", "x17", "x18", "x19", "x20", "x21", "x22",
            "x23", "x24", "x25", "x26", "x27", "x28", "x29", "x30", "x31", "x32", "x33", "x34", "x35", "x36",
            "x37", "x38", "x39", "x40", "x41", "x42", "x43", "x44", "x45", "x46", "x47", "x48", "x49", "x50",
            "x51", "x52", "x53", "x54", "y49", "y50", "y51", "y52", "y53", "y54");

    // Claims of the lesson that no test needs, re-derived on every run so that the lesson stays true.
    /** The small ints CPython 3.11 shares: {@code int(str(i)) is i} for exactly these. */
    public static final List<Integer> SMALL_INT_CACHE_RANGE = List.of(-5, 256);
    /** The small ints, {@code ()}, {@code ''} and {@code chr(0)..chr(255)} all have counts of 999999999 or more. */
    public static final boolean STATIC_OBJECTS_AT_LEAST_INITIAL = true;
    /** None, True and False are not static in 3.11: their counts are far below 999999999. */
    public static final boolean SINGLETONS_BELOW_STATIC_INITIAL = true;
    /** {@code sys.getrefcount(6)} is above 999999999 (the exact value varies). */
    public static final boolean GETREFCOUNT_6_ABOVE_INITIAL = true;
    /** Forcing None's count to zero stops 3.11 with "Fatal Python error: none_dealloc: deallocating None". */
    public static final boolean NONE_DEALLOC_FATAL_ERROR = true;
    /** Forcing the small int 6's count to zero kills the process with SIGSEGV (most runs) or SIGABRT. */
    public static final boolean STATIC_INT_DEALLOC_DIES_OF_SIGSEGV_OR_SIGABRT = true;
    /** {@code del c} for a chain of a million cells overflows the C stack: cells do not use the trashcan. */
    public static final boolean CELL_CHAIN_OF_A_MILLION_CRASHES = true;

    private RefCountFacts() {
    }
}
