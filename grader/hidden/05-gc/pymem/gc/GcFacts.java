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

    // The order and contents of gc.get_referents (tp_traverse): a, b, c are three lists.
    /** {@code gc.get_referents((a, b, c))}: a tuple visits its items last to first. */
    public static final List<String> REFERENTS_OF_TUPLE = List.of("c", "b", "a");
    /** {@code gc.get_referents([a, b, c])}: so does a list. */
    public static final List<String> REFERENTS_OF_LIST = List.of("c", "b", "a");
    /** {@code gc.get_referents({'k1': a, 'k2': b})}: a dict of str keys visits only its values. */
    public static final List<String> REFERENTS_OF_STR_KEYED_DICT = List.of("a", "b");
    /** {@code gc.get_referents({'k2': a, key: b})} with {@code key} an instance: each value, then its key. */
    public static final List<String> REFERENTS_OF_GENERAL_DICT = List.of("a", "k2", "b", "key");
    /** {@code d = {1: a}; del d[1]; d['k2'] = b; gc.get_referents(d)}: the key table stays a general one. */
    public static final List<String> REFERENTS_OF_DICT_THAT_HELD_AN_INT_KEY = List.of("b", "k2");
    /** {@code obj.x = a; obj.y = b; gc.get_referents(obj)}: the attribute values, then the class. */
    public static final List<String> REFERENTS_OF_INSTANCE = List.of("a", "b", "Plain");
    /** {@code d = {k: a}} with k a str: {@code gc.get_referrers(k)} does not report d. */
    public static final boolean STR_KEY_REFERRED_BY_DICT = false;
    /** {@code e = {key: a}} with key an instance: {@code gc.get_referrers(key)} reports e. */
    public static final boolean INSTANCE_KEY_REFERRED_BY_DICT = true;

    /** Before the freeze below, count0, count1 and count2 are all above zero. */
    public static final boolean COUNTS_ARE_ALL_SET_BEFORE_FREEZE = true;
    /** {@code gc.freeze()} resets every generation's count. */
    public static final List<Integer> COUNT_AFTER_FREEZE = List.of(0, 0, 0);

    // What count0 counts: allocations of GC objects, not the reuse of a free list (lesson claims).
    /** Lists 3.11 keeps for reuse: taking one adds nothing to count0, putting one back takes nothing off. */
    public static final int FREE_LIST_LISTS = 80;
    /** Dicts 3.11 keeps for reuse. */
    public static final int FREE_LIST_DICTS = 80;
    /** Tuples of one item 3.11 keeps for reuse (as many for each length from 1 to 19). */
    public static final int FREE_LIST_TUPLES_OF_ONE = 2000;
    /** Tuples of 19 items: the longest kept. */
    public static final int FREE_LIST_TUPLES_OF_19 = 2000;
    /** Tuples of 20 items have no free list. */
    public static final int FREE_LIST_TUPLES_OF_20 = 0;
    /** Ten new lists with the free list of lists full, after gc.collect(1): all reused, count0 unchanged. */
    public static final int LISTS_COUNTED_AFTER_A_YOUNG_COLLECTION = 0;
    /** The same after gc.collect(): a full collection empties the free lists, so all ten are allocations. */
    public static final int LISTS_COUNTED_AFTER_A_FULL_COLLECTION = 10;
    /** Instances have no free list. */
    public static final int FREE_LIST_INSTANCES = 0;
    /** Sets have no free list. */
    public static final int FREE_LIST_SETS = 0;
    /** {@code obj = Plain()} adds one to count0. */
    public static final int INSTANCE_ALLOCATION_ADDS = 1;
    /** ... and {@code del obj} takes it off again. */
    public static final int INSTANCE_DEALLOCATION_ADDS = -1;

    // The lesson's examples, re-derived so that the lesson stays true.
    /** The notebook's {@code obj = mys(); ref = weakref.ref(obj); del obj; print(ref)}: the weakref prints as dead. */
    public static final boolean WEAKREF_REPR_DEAD_AFTER_DEL = true;
    /** ... and {@code print(ref())} prints None: reference counting freed obj at once. */
    public static final String WEAKREF_CALL_AFTER_DEL = "None";
    /** {@code obj.me = obj} first: after {@code del obj}, {@code ref() is None} is False (unreachable, alive). */
    public static final boolean WEAKREF_TO_UNREACHABLE_CYCLE_IS_NONE = false;
    /** ... {@code gc.collect()} finds the one instance. */
    public static final int COLLECT_INSTANCE_SELF_CYCLE = 1;
    /** ... and then {@code ref()} is None. */
    public static final String WEAKREF_CALL_AFTER_COLLECT = "None";
    /** Two instances referring to each other, with {@code a.__dict__} and {@code b.__dict__} evaluated first. */
    public static final int COLLECT_TWO_INSTANCE_CYCLE_WITH_DICTS = 4;
    /** {@code r.me = r} with a __del__ that saves r: the first collection frees nothing. */
    public static final int COLLECT_RESURRECTING_SELF_CYCLE_FIRST = 0;
    /** ... after {@code saved.clear()} the next one frees r (its __del__ is not called again). */
    public static final int COLLECT_RESURRECTING_SELF_CYCLE_SECOND = 1;
    /** {@code t = (x, x)}: {@code gc.get_referents(t)} is {@code [x, x]}. */
    public static final boolean REFERENTS_OF_TUPLE_OF_SAME_TWICE = true;
    /** ... and {@code gc.get_referrers(x)} is {@code [t]}. */
    public static final boolean REFERRERS_OF_ITEM_ARE_THE_TUPLE = true;
    /** An instance given 30 attribute names has a dict of its own: get_referents lists it and the class. */
    public static final List<String> REFERENTS_OF_INSTANCE_WITH_30_NAMES = List.of("dict", "type");
    /** So does an instance whose {@code __dict__} was evaluated. */
    public static final List<String> REFERENTS_OF_INSTANCE_AFTER_DUNDER_DICT = List.of("dict", "type");
}
