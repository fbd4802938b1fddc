package pymem.weakref;

import java.util.List;
import pymem.grading.CPythonFacts;

/**
 * Every CPython 3.11 fact the 06-weakref tests assert. twin.py (beside this folder's pymem/) prints each
 * one, computed by python3, as NAME=value; the kit compares the two.
 */
@CPythonFacts
final class WeakrefFacts {
    private WeakrefFacts() {
    }

    public static final String REFUSED_INT = "cannot create weak reference to 'int' object";
    public static final String REFUSED_BOOL = "cannot create weak reference to 'bool' object";
    public static final String REFUSED_FLOAT = "cannot create weak reference to 'float' object";
    public static final String REFUSED_COMPLEX = "cannot create weak reference to 'complex' object";
    public static final String REFUSED_NONE = "cannot create weak reference to 'NoneType' object";
    public static final String REFUSED_STR = "cannot create weak reference to 'str' object";
    public static final String REFUSED_BYTES = "cannot create weak reference to 'bytes' object";
    public static final String REFUSED_BYTEARRAY = "cannot create weak reference to 'bytearray' object";
    public static final String REFUSED_TUPLE = "cannot create weak reference to 'tuple' object";
    public static final String REFUSED_LIST = "cannot create weak reference to 'list' object";
    public static final String REFUSED_DICT = "cannot create weak reference to 'dict' object";
    public static final String REFUSED_SLOTS_INSTANCE = "cannot create weak reference to 'Point' object";
    public static final boolean ACCEPTS_SLOTS_WITH_WEAKREF = true;
    public static final boolean ACCEPTS_SET = true;
    public static final boolean ACCEPTS_FROZENSET = true;
    public static final boolean ACCEPTS_CLASS = true;
    public static final boolean ACCEPTS_FUNCTION = true;
    public static final boolean ACCEPTS_INSTANCE = true;
    public static final boolean REF_WITHOUT_CALLBACK_REUSED = true;
    public static final boolean REF_WITH_CALLBACK_REUSED = false;
    public static final boolean PROXY_WITHOUT_CALLBACK_REUSED = true;
    public static final int WEAKREFCOUNT_BASIC_PROXY_TWO_CALLBACKS = 4;
    public static final List<Integer> FINALIZE_ATEXIT_ORDER = List.of(2, 1, 0);
    public static final boolean NOTEBOOK_DEAD_AT_DEL = true;
    public static final List<Integer> CALLBACK_ORDER = List.of(3, 2, 1);
    public static final boolean CALLBACK_RECEIVES_ITS_REF = true;
    public static final boolean CALLBACK_SEES_ALL_REFS_DEAD = true;
    public static final List<Integer> RAISING_CALLBACK_OTHERS_RUN = List.of(3, 1);
    public static final int RAISING_CALLBACK_REPORTED = 1;
    public static final boolean DEL_SEES_WEAKREF_CLEARED = true;
    public static final boolean GARBAGE_WEAKREF_CALLBACK_RUNS = false;
    public static final boolean REACHABLE_WEAKREF_CALLBACK_RUNS = true;
    public static final boolean LIVE_REFS_SAME_REFERENT_EQUAL = true;
    public static final boolean LIVE_REFS_OTHER_REFERENT_EQUAL = false;
    public static final boolean REF_HASH_IS_REFERENT_HASH = true;
    public static final boolean OBJECT_HASH_ROTATES_ID_BY_4 = true;
    public static final boolean DEAD_REFS_EQUAL = false;
    public static final boolean DEAD_REF_EQUALS_ITSELF = true;
    public static final boolean DEAD_REF_HASH_CACHED = true;
    public static final String DEAD_NEVER_HASHED = "weak object has gone away";
    public static final String UNHASHABLE_SET = "unhashable type: 'set'";
    public static final String PROXY_TYPE_NAME = "ProxyType";
    public static final String CALLABLE_PROXY_TYPE_NAME = "CallableProxyType";
    public static final String PROXY_UNHASHABLE = "unhashable type: 'weakref.ProxyType'";
    public static final String DEAD_PROXY_UNHASHABLE = "unhashable type: 'weakref.ProxyType'";
    public static final boolean DEAD_REF_WITH_CALLBACK_HASH_CACHED = true;
    public static final String CALLABLE_PROXY_UNHASHABLE = "unhashable type: 'weakref.CallableProxyType'";
    public static final String DEAD_PROXY_ERROR_TYPE = "ReferenceError";
    public static final String DEAD_PROXY_ERROR = "weakly-referenced object no longer exists";
    public static final boolean WVD_OLD_VALUE_DEATH_KEEPS_NEW = true;
    public static final int WEAKSET_YIELDED_WHEN_OTHERS_DIE_MID_ITERATION = 1;
    public static final int WEAKSET_LEN_AFTER = 1;
    public static final boolean WEAKSET_CONTAINS_INT = false;
    public static final String WKD_GET_INT_ERROR = "cannot create weak reference to 'int' object";
    public static final boolean WKD_CONTAINS_INT = false;
    public static final String WEAKSET_DISCARD_INT_ERROR = "cannot create weak reference to 'int' object";
    public static final String WEAKSET_ADD_UNHASHABLE_SET = "unhashable type: 'set'";
    public static final String WKD_PUT_UNHASHABLE_SET = "unhashable type: 'set'";
    public static final String WEAKSET_ADD_UNHASHABLE_EQ_ONLY = "unhashable type: 'EqOnly'";
    public static final String WKD_PUT_UNHASHABLE_EQ_ONLY = "unhashable type: 'EqOnly'";
    public static final String WEAKSET_ADD_UNHASHABLE_HASH_NONE = "unhashable type: 'HashNone'";
    public static final String WKD_PUT_UNHASHABLE_HASH_NONE = "unhashable type: 'HashNone'";
    public static final String WEAKSET_ADD_UNHASHABLE_EQ_ONLY_CHILD = "unhashable type: 'EqOnlyChild'";
    public static final String WKD_PUT_UNHASHABLE_EQ_ONLY_CHILD = "unhashable type: 'EqOnlyChild'";
    public static final String WKD_GET_UNHASHABLE_SET = "unhashable type: 'set'";
    public static final String WKD_CONTAINS_UNHASHABLE_SET = "unhashable type: 'set'";
    public static final String WEAKSET_CONTAINS_UNHASHABLE_SET = "unhashable type: 'set'";
    public static final boolean REFUSED_ADD_CHANGES_LEN = false;
    /** weakref.getweakrefcount(key) after WeakSet.add(key) and d[key] = 1 were refused as unhashable. */
    public static final int REFUSED_ADD_LEAVES_WEAKREFCOUNT = 0;
    public static final String PROXY_TYPE_OF_CALLABLE_INSTANCE = "CallableProxyType";
    public static final String PROXY_TYPE_OF_CALLABLE_BASE_INSTANCE = "CallableProxyType";
    public static final String PROXY_TYPE_OF_FUNCTION = "CallableProxyType";
    public static final String PROXY_TYPE_OF_SET = "ProxyType";
    public static final String CALLABLE_INSTANCE_PROXY_UNHASHABLE = "unhashable type: 'weakref.CallableProxyType'";
    public static final int FINALIZE_FIRST_CALL = 42;
    public static final boolean FINALIZE_SECOND_CALL_IS_NONE = true;
    public static final boolean FINALIZE_ALIVE_AFTER_CALL = false;
    public static final boolean FINALIZE_DEFAULT_ATEXIT = true;
    public static final boolean FINALIZE_DETACH_RETURNS_OBJ = true;
    public static final boolean FINALIZE_DETACH_AGAIN_IS_NONE = true;
    /** test_weakref's FinalizeTestCase.test_order: what res holds at the end, space-separated. */
    public static final String FINALIZE_TEST_ORDER = "A f3 B C f4 f2 f1 D";
    // The lesson's own lines (README.md), addresses written 0x7f... as there.
    public static final String LESSON_REF_REPR_ALIVE = "<weakref at 0x7f...; to 'mys' at 0x7f...>";
    public static final String LESSON_REF_CALL_ALIVE = "<__main__.mys object at 0x7f...>";
    public static final String LESSON_REF_REPR_DEAD = "<weakref at 0x7f...; dead>";
    public static final String LESSON_REF_CALL_DEAD = null;
    public static final boolean LESSON_SHARED_REF = true;
    public static final List<String> LESSON_CALLBACK_LINES = List.of("r2 callback None", "r1 callback True");
    public static final String REFUSED_CELL = "cannot create weak reference to 'cell' object";
}
