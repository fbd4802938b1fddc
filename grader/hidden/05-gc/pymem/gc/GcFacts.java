package pymem.gc;

import java.util.List;
import pymem.grading.CPythonFacts;

/**
 * The CPython 3.11 facts the 05-gc hidden tests assert, each printed by twin.py (same name) from a live python3.
 * Names say the scenario; twin.py holds the Python that produces each value.
 */
@CPythonFacts(twin = "twin.py")
public final class GcFacts {
    private GcFacts() {
    }

    public static final boolean TRACKED_INT = false;
    public static final boolean TRACKED_STR = false;
    public static final boolean TRACKED_FLOAT = false;
    public static final boolean TRACKED_NONE = false;
    public static final boolean TRACKED_BYTEARRAY = false;
    public static final boolean TRACKED_LIST = true;
    public static final boolean TRACKED_SET = true;
    public static final boolean TRACKED_INSTANCE = true;
    public static final boolean TRACKED_CLASS = true;
    public static final boolean TRACKED_FUNCTION = true;
    public static final boolean TRACKED_NEW_TUPLE_OF_ATOMS = true;
    public static final boolean TRACKED_TUPLE_OF_ATOMS_AFTER_COLLECT = false;
    public static final boolean TRACKED_TUPLE_WITH_LIST_AFTER_COLLECT = true;
    public static final boolean TRACKED_EMPTY_DICT = false;
    public static final boolean TRACKED_DICT_OF_ATOMS = false;
    public static final boolean TRACKED_DICT_WITH_LIST = true;
    public static final boolean TRACKED_DICT_AFTER_LIST_REMOVED = true;
    public static final boolean TRACKED_DICT_AFTER_YOUNG_COLLECT = true;
    public static final boolean TRACKED_DICT_AFTER_FULL_COLLECT = false;
    public static final boolean TRACKED_DICT_WITH_TRACKED_TUPLE = true;
    public static final boolean TRACKED_DICT_WITH_UNTRACKED_TUPLE = false;
    public static final int COLLECT_SELF_REFERENCING_LIST = 1;
    public static final int COLLECT_TWO_INSTANCE_CYCLE = 2;
    public static final int COLLECT_SELF_REFERENCING_DICT = 1;
    public static final int COLLECT_LIST_TUPLE_CYCLE = 2;
    public static final int COLLECT_CYCLE_REACHABLE_FROM_OUTSIDE = 0;
    public static final int COLLECT_THREE_LIST_CYCLE = 3;
    public static final String INVALID_GENERATION = "invalid generation";
    public static final String GET_OBJECTS_TOO_OLD = "generation parameter must be less than the number of available generations (3)";
    public static final String GET_OBJECTS_NEGATIVE = "generation parameter cannot be negative";
    public static final List<Integer> THRESHOLDS = List.of(700, 10, 10);
    public static final int GENERATION_OF_NEW_OBJECT = 0;
    public static final List<Integer> COUNT_AFTER_COLLECT_0 = List.of(0, 1, 0);
    public static final int GENERATION_AFTER_COLLECT_0 = 1;
    public static final List<Integer> COUNT_AFTER_COLLECT_1 = List.of(0, 0, 1);
    public static final int GENERATION_AFTER_COLLECT_1 = 2;
    public static final List<Integer> COUNT_AFTER_COLLECT_2 = List.of(0, 0, 0);
    public static final int GENERATION_AFTER_COLLECT_2 = 2;
    public static final boolean FROZEN_STILL_TRACKED = true;
    public static final boolean FROZEN_REFERRER_REPORTED = false;
    public static final boolean FROZEN_IN_GET_OBJECTS = false;
    public static final int UNFROZEN_GENERATION = 2;
    public static final int FREEZE_COUNT_AFTER_UNFREEZE = 0;
    public static final boolean FINALIZED_BEFORE_COLLECT = false;
    public static final int COLLECT_RESURRECTED_PAIR_FIRST = 0;
    public static final int DEL_CALLS_AFTER_FIRST = 2;
    public static final boolean FINALIZED_AFTER_RESURRECTION = true;
    public static final int COLLECT_RESURRECTED_PAIR_SECOND = 2;
    public static final int DEL_CALLS_AFTER_SECOND = 2;
    public static final int COLLECT_SELF_CYCLE_WITH_DEL = 1;
    public static final int DEL_CALLS_SELF_CYCLE = 1;
    public static final int COLLECT_TRANSITIVE_RESURRECTION_FIRST = 0;
    public static final int COLLECT_TRANSITIVE_RESURRECTION_SECOND = 3;
    public static final int COLLECT_PAIR_WITH_RAISING_DEL = 2;
    public static final int COLLECT_RAISING_RESURRECTED_FIRST = 0;
    public static final boolean FINALIZED_AFTER_RAISING_DEL = true;
    public static final int COLLECT_RAISING_RESURRECTED_SECOND = 2;
    public static final int DEL_CALLS_RAISING_AFTER_SECOND = 2;
    public static final List<Integer> REFERENTS_OF_ATOMS = List.of();
    public static final List<Integer> REFERENTS_OF_LIST_DICT_TUPLE_SORTED = List.of(0, 0, 0, 1, 2, 3, 4);
}
