package pymem.copy;

import pymem.grading.CPythonFacts;

/** The CPython 3.11 facts the 08-copy hidden tests assert; ../../twin.py prints each one with python3. */
@CPythonFacts(twin = "twin.py")
final class CopyFacts {
    /** Type names whose objects deepcopy returns unchanged, sorted, space-separated. */
    public static final String ATOMIC_TYPES = "NoneType bool bytes complex float function int str type";
    /** Type names whose objects copy.copy returns unchanged (tuple and frozenset join the atoms). */
    public static final String COPIED_AS_IS_TYPES = "NoneType bool bytes complex float frozenset function int str tuple type";
    public static final String CELL_COPY_ERROR = "cannot pickle 'cell' object";
    public static final String CELL_DEEPCOPY_ERROR = "cannot pickle 'cell' object";
    public static final boolean DEEPCOPY_FROZENSET_IS_ORIGINAL = false;
    public static final boolean DEEPCOPY_TUPLE_OF_ATOMS_IS_ORIGINAL = true;
    public static final boolean DEEPCOPY_NESTED_TUPLE_OF_ATOMS_IS_ORIGINAL = true;
    public static final boolean DEEPCOPY_TUPLE_WITH_LIST_IS_ORIGINAL = false;
    public static final boolean COPY_TUPLE_WITH_LIST_IS_ORIGINAL = true;
    public static final boolean DEEPCOPY_TUPLE_WITH_FROZENSET_IS_ORIGINAL = false;
    /** len(memo) after deepcopy([1, 2, 3, 4], memo): the new list plus the keep-alive list. */
    public static final int MEMO_LEN_LIST_OF_FOUR_INTS = 2;
    /** len(memo) after deepcopy([(1, 2)], memo): the tuple comes back unchanged and is not memoized. */
    public static final int MEMO_LEN_LIST_OF_ATOMIC_TUPLE = 2;
    public static final int MEMO_LEN_LIST_OF_TWO_LISTS = 4;
    /** memo[id(memo)] after deepcopy(x) for x = [[1], [2]] is [x[0], x[1], x]. */
    public static final boolean KEEPALIVE_LIST_OF_TWO_LISTS_OUTER_IS_LAST = true;
    /** x = ([],); x[0].append(x): memo[id(memo)] is [x, x[0], x]. */
    public static final int KEEPALIVE_REFLEXIVE_TUPLE_LEN = 3;
    public static final boolean KEEPALIVE_REFLEXIVE_TUPLE_NAMES_THE_TUPLE_TWICE = true;
    public static final String DICT_DEEPCOPY_ORDER = "value then key";
    public static final boolean SET_CYCLE_THROUGH_INSTANCE_PRESERVED = false;
    /** sys.getrecursionlimit(): why CPython's recursive deepcopy stops near 1000 levels. */
    public static final int DEFAULT_RECURSION_LIMIT = 1000;
    /** key = C(); key.tag = [1]; y = deepcopy(&#123;key: [2], 'plain': key&#125;): is y's instance key key itself? */
    public static final boolean DEEPCOPY_INSTANCE_KEY_IS_ORIGINAL = false;
    /** ... and is y['plain'] that same new key? */
    public static final boolean DEEPCOPY_INSTANCE_KEY_SHARED_WITH_VALUE = true;
    /** ... and is the new key's tag the original list? */
    public static final boolean DEEPCOPY_INSTANCE_KEY_ATTRIBUTE_IS_ORIGINAL = false;
    /** ba = bytearray(b'ab'); y = deepcopy([ba, ba]): y[0] is ba. */
    public static final boolean DEEPCOPY_BYTEARRAY_IS_ORIGINAL = false;
    /** ... y[0] is y[1]. */
    public static final boolean DEEPCOPY_SHARED_BYTEARRAY_COPIED_ONCE = true;
    /** h has a __deepcopy__ returning a new object; deepcopy([h, [h]]) calls it this many times. */
    public static final int HOOK_CALLS_FOR_OBJECT_REACHED_TWICE = 1;
    /** ... y[0] is y[1][0]. */
    public static final boolean HOOK_COPY_SHARED_THROUGH_TWO_PATHS = true;
    /** x = ([], 1); x[0].append(x); y = deepcopy([x, x]): y[0] is y[1]. */
    public static final boolean CYCLIC_TUPLE_REACHED_TWICE_COPIED_ONCE = true;
    /** ... y[0][0][0] is y[0]. */
    public static final boolean CYCLIC_TUPLE_COPY_HOLDS_ITSELF = true;

    private CopyFacts() {
    }
}
