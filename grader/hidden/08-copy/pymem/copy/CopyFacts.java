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

    private CopyFacts() {
    }
}
