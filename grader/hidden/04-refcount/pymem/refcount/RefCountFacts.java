package pymem.refcount;

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

    private RefCountFacts() {
    }
}
