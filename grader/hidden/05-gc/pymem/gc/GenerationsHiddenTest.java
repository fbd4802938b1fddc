package pymem.gc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import pymem.grading.Concept;
import pymem.grading.Points;
import pymem.model.PyClass;
import pymem.model.PyException;
import pymem.model.PyInstance;
import pymem.model.PyList;
import pymem.model.PyObject;

@DisplayName("Task 3: generations and automatic collection")
@Tag("task:3")
class GenerationsHiddenTest {
    private final GcFixtures w = new GcFixtures();

    /** Every test here builds on tracking (5.1): when that is broken, say so instead of failing this concept. */
    @BeforeEach
    void prerequisites() {
        GcFixtures.requireTracking();
    }

    private int generationOf(PyObject obj) {
        for (int g = 0; g < 3; g++) {
            if (w.gc.getObjects(g).contains(obj)) {
                return g;
            }
        }
        return -1;
    }

    @Test
    @Concept("5.6")
    @Points(1)
    @DisplayName("starts enabled with thresholds 700, 10, 10 and zero counts")
    void initialState() {
        assertThat(w.gc.getThreshold()).as("gc.get_threshold() of a fresh interpreter").isEqualTo(GcFacts.THRESHOLDS);
        assertThat(w.gc.getCount()).as("nothing allocated yet").containsExactly(0, 0, 0);
        assertThat(w.gc.isEnabled()).as("automatic collection is on by default").isTrue();
        w.gc.setThreshold(5, 6, 7);
        assertThat(w.gc.getThreshold()).as("gc.set_threshold(5, 6, 7)").containsExactly(5, 6, 7);
    }

    @Test
    @Concept("5.4")
    @Points(3)
    @DisplayName("promotes survivors one generation per collection up to generation 2")
    void survivorsArePromoted() {
        PyList obj = w.list();
        int fresh = generationOf(obj);
        w.gc.collect(0);
        int after0 = generationOf(obj);
        w.gc.collect(1);
        int after1 = generationOf(obj);
        w.gc.collect(2);
        assertThat(fresh).as("a new object is in generation 0").isEqualTo(GcFacts.GENERATION_OF_NEW_OBJECT);
        assertThat(after0).as("a survivor of collect(0) moves to generation 1").isEqualTo(GcFacts.GENERATION_AFTER_COLLECT_0);
        assertThat(after1).as("a survivor of collect(1) moves to generation 2").isEqualTo(GcFacts.GENERATION_AFTER_COLLECT_1);
        assertThat(generationOf(obj)).as("generation 2 keeps its survivors").isEqualTo(GcFacts.GENERATION_AFTER_COLLECT_2);
    }

    @Test
    @Concept("5.4")
    @Points(2)
    @DisplayName("moves younger generations into the collected one")
    void youngerGenerationsAreMerged() {
        PyList old = w.list();
        w.gc.collect(0);
        PyList young = w.list();
        w.gc.collect(1);
        assertThat(w.gc.getObjects(2)).as("collect(1) examines generation 0 too: both survivors reach generation 2")
                .containsExactly(old, young);
        assertThat(w.gc.getObjects(0)).as("generation 0 is empty after the collection").isEmpty();
    }

    @Test
    @Concept("5.6")
    @Points(2)
    @DisplayName("updates the counts as CPython does after collect(0), collect(1) and collect(2)")
    void countsAfterCollections() {
        w.list();
        w.list();
        List<Integer> afterTwo = w.gc.getCount();
        w.gc.collect(0);
        List<Integer> after0 = w.gc.getCount();
        w.gc.collect(1);
        List<Integer> after1 = w.gc.getCount();
        w.gc.collect(2);
        assertThat(afterTwo).as("each new container adds one to count0").containsExactly(2, 0, 0);
        assertThat(after0).as("collect(0) resets count0 and adds one to count1").isEqualTo(GcFacts.COUNT_AFTER_COLLECT_0);
        assertThat(after1).as("collect(1) resets counts 0 and 1 and adds one to count2").isEqualTo(GcFacts.COUNT_AFTER_COLLECT_1);
        assertThat(w.gc.getCount()).as("collect(2) resets every count").isEqualTo(GcFacts.COUNT_AFTER_COLLECT_2);
    }

    @Test
    @Concept("5.6")
    @Points(1)
    @DisplayName("gc.freeze() resets every generation's count")
    void freezeResetsTheCounts() {
        w.gc.collect(0);
        w.gc.collect(1);
        w.gc.collect(0);
        w.list();
        List<Integer> before = w.gc.getCount();
        w.gc.freeze();
        assertThat(before.stream().allMatch(n -> n > 0)).as("count0, count1 and count2 are all set before the freeze")
                .isEqualTo(GcFacts.COUNTS_ARE_ALL_SET_BEFORE_FREEZE);
        assertThat(w.gc.getCount()).as("gc_freeze_impl resets the count of every generation")
                .isEqualTo(GcFacts.COUNT_AFTER_FREEZE);
    }

    @Test
    @Concept("5.6")
    @Points(1)
    @DisplayName("counts container allocations minus deallocations, never atoms, never below zero")
    void count0FollowsAllocations() {
        w.integer(7);
        w.str("atom");
        int afterAtoms = w.gc.getCount().get(0);
        PyList a = w.list();
        PyList b = w.list();
        w.gc.objectDeallocated(a);
        int afterOneFree = w.gc.getCount().get(0);
        w.gc.collect(0);
        w.gc.objectDeallocated(b);
        assertThat(afterAtoms).as("atoms are not allocated as GC objects").isZero();
        assertThat(afterOneFree).as("a deallocated container takes one off count0").isEqualTo(1);
        assertThat(w.gc.getCount().get(0)).as("count0 never goes below zero").isZero();
    }

    @Test
    @Concept("5.6")
    @Points(3)
    @DisplayName("collects generation 0 automatically when count0 exceeds threshold 700")
    void automaticCollectionAtThreshold() {
        PyClass cls = w.cls("A"); // allocation 1
        PyInstance[] pair = w.garbagePair(cls); // allocations 2 and 3
        List<PyList> kept = new ArrayList<>();
        for (int i = 0; i < 697; i++) {
            kept.add(w.list()); // allocations 4..700
        }
        boolean aliveAt700 = !pair[0].isFreed();
        List<Integer> countAt700 = w.gc.getCount();
        PyList trigger = w.list(); // allocation 701: 701 > 700
        assertThat(aliveAt700).as("no collection while count0 is not above threshold0").isTrue();
        assertThat(countAt700).as("700 containers allocated").containsExactly(700, 0, 0);
        assertThat(pair[0].isFreed() && pair[1].isFreed()).as("the 701st allocation collects generation 0").isTrue();
        assertThat(w.gc.getCount()).as("an automatic collection of generation 0 counts like collect(0)")
                .containsExactly(0, 1, 0);
        assertThat(generationOf(trigger)).as("the object being allocated is tracked after the collection")
                .isZero();
        assertThat(generationOf(kept.get(0))).as("survivors of the automatic collection are promoted").isEqualTo(1);
    }

    @Test
    @Concept("5.6")
    @Points(2)
    @DisplayName("does not collect automatically while disabled or when threshold0 is 0")
    void disabledOrZeroThreshold() {
        w.gc.disable();
        w.gc.setThreshold(2, 10, 10);
        PyInstance[] pair = w.garbagePair(w.cls("A"));
        w.list();
        w.list();
        boolean disabled = !w.gc.isEnabled();
        boolean survivedDisabled = !pair[0].isFreed();
        w.gc.enable();
        w.gc.setThreshold(0, 10, 10);
        w.list();
        w.list();
        assertThat(disabled).as("gc.isenabled() after gc.disable()").isTrue();
        assertThat(survivedDisabled).as("gc.disable() stops automatic collection").isTrue();
        assertThat(pair[0].isFreed()).as("threshold0 = 0 disables automatic collection").isFalse();
        assertThat(w.gc.isEnabled()).as("gc.isenabled() after gc.enable()").isTrue();
        assertThat(w.gc.collect()).as("an explicit collect works even with automatic collection off").isEqualTo(2);
    }

    @Test
    @Concept("5.6")
    @Points(3)
    @DisplayName("collects the oldest generation whose count exceeds its threshold")
    void oldestGenerationOverThresholdIsChosen() {
        w.gc.disable();
        PyInstance[] pair = w.garbagePair(w.cls("A"));
        pair[0].setRefcount(2); // a name still holds it while we promote the pair
        w.gc.collect(0);
        w.gc.collect(0);
        pair[0].setRefcount(1); // del: now garbage in generation 1
        w.gc.setThreshold(3, 2, 10);
        w.gc.enable();
        for (int i = 0; i < 4; i++) {
            w.list();
        }
        boolean keptAtThreshold = !pair[0].isFreed();
        List<Integer> countAtThreshold = w.gc.getCount();
        for (int i = 0; i < 4; i++) {
            w.list();
        }
        assertThat(keptAtThreshold).as("count1 = 2 is not above threshold1 = 2: only generation 0 is collected")
                .isTrue();
        assertThat(countAtThreshold).as("that collection of generation 0 added one to count1").containsExactly(0, 3, 0);
        assertThat(pair[0].isFreed() && pair[1].isFreed()).as("count1 = 3 > threshold1 = 2: generation 1 is collected")
                .isTrue();
        assertThat(w.gc.getCount()).as("an automatic collection of generation 1 counts like collect(1)")
                .containsExactly(0, 0, 1);
    }

    @Test
    @Concept("5.6")
    @Points(3)
    @DisplayName("skips a full collection until pending long-lived objects reach a quarter of the last full one")
    void longLivedQuarterRule() {
        w.gc.disable();
        for (int i = 0; i < 40; i++) {
            w.list();
        }
        w.gc.collect(); // generation 2 holds 40 objects: long_lived_total = 40
        PyInstance[] pair = w.garbagePair(w.cls("A")); // the class and the pair: 3 objects
        pair[0].setRefcount(2);
        for (int i = 0; i < 5; i++) {
            w.list();
        }
        w.gc.collect(1); // 8 objects move into generation 2: 8 < 40 / 4
        pair[0].setRefcount(1); // the pair is now garbage in generation 2
        w.gc.setThreshold(1, 0, 0);
        w.gc.enable();
        w.list();
        w.list(); // count0 = 2 > 1: generation 2 is over its threshold but the rule skips it; generation 0 goes
        boolean skipped = !pair[0].isFreed();
        w.gc.disable();
        w.gc.collect(1); // the two lists reach generation 2: exactly 10 pending, a quarter of 40
        w.gc.enable();
        w.list();
        w.list();
        assertThat(skipped).as("a full collection waits while fewer than 25% new long-lived objects are pending")
                .isTrue();
        assertThat(pair[0].isFreed()).as("with at least 25% pending, the automatic collection is a full one")
                .isTrue();
    }

    @Test
    @Concept("5.4")
    @Points(2)
    @DisplayName("never examines frozen objects and puts them back in generation 2 on unfreeze")
    void freezeAndUnfreeze() {
        PyList holder = w.list();
        PyInstance[] pair = w.garbagePair(w.cls("A"));
        w.gc.freeze();
        int frozen = w.gc.getFreezeCount();
        int found = w.gc.collect();
        boolean tracked = w.gc.isTracked(holder);
        boolean listed = w.gc.getObjects().contains(holder);
        w.gc.unfreeze();
        assertThat(frozen).as("gc.get_freeze_count(): every tracked object was frozen").isEqualTo(4);
        assertThat(found).as("frozen garbage is never examined").isZero();
        assertThat(pair[0].isFreed()).as("frozen garbage is never freed").isFalse();
        assertThat(tracked).as("a frozen object is still tracked").isEqualTo(GcFacts.FROZEN_STILL_TRACKED);
        assertThat(listed).as("gc.get_objects() leaves out the permanent generation").isEqualTo(GcFacts.FROZEN_IN_GET_OBJECTS);
        assertThat(generationOf(holder)).as("gc.unfreeze() moves objects to the oldest generation")
                .isEqualTo(GcFacts.UNFROZEN_GENERATION);
        assertThat(w.gc.getFreezeCount()).as("nothing is frozen after unfreeze").isEqualTo(GcFacts.FREEZE_COUNT_AFTER_UNFREEZE);
        assertThat(w.gc.collect()).as("unfrozen garbage is collected again").isEqualTo(2);
    }

    @Test
    @Concept("5.8")
    @Points(1)
    @DisplayName("rejects get_objects generations outside 0 to 2 with CPython's messages")
    void getObjectsValidatesGeneration() {
        PyList a = w.list();
        assertThatThrownBy(() -> w.gc.getObjects(3)).as("gc.get_objects(generation=3)").isInstanceOf(PyException.class)
                .hasMessage(GcFacts.GET_OBJECTS_TOO_OLD);
        assertThatThrownBy(() -> w.gc.getObjects(-2)).as("gc.get_objects(generation=-2)").isInstanceOf(PyException.class)
                .hasMessage(GcFacts.GET_OBJECTS_NEGATIVE);
        assertThat(w.gc.getObjects(-1)).as("generation -1 means every generation").containsExactly(a);
    }

    @Test
    @Concept("5.6")
    @Points(3)
    @DisplayName("counts only promotions into generation 2 as new long-lived objects, never those into generation 1")
    void youngPromotionsAreNotLongLived() {
        w.gc.disable();
        for (int i = 0; i < 40; i++) {
            w.list();
        }
        w.gc.collect(); // generation 2 holds 40 objects: long_lived_total = 40
        PyInstance[] pair = w.garbagePair(w.cls("A")); // the class and the pair: 3 objects
        pair[0].setRefcount(2);
        w.gc.collect(1); // 3 objects move into generation 2: long_lived_pending = 3; count2 = 1
        pair[0].setRefcount(1); // the pair is now garbage in generation 2
        for (int i = 0; i < 12; i++) {
            w.list();
        }
        w.gc.collect(0); // 12 survivors move from generation 0 to generation 1: not long-lived yet
        w.gc.setThreshold(1, 5, 0);
        w.gc.enable();
        w.list();
        w.list(); // count0 = 2 > 1 and count2 = 1 > 0, but 3 pending < 40 / 4: the full collection is skipped
        assertThat(pair[0].isFreed()).as("survivors promoted from generation 0 to 1 are not long-lived: only moves into "
                + "generation 2 count toward the 25% rule, so the full collection must still wait").isFalse();
        assertThat(w.gc.getCount()).as("generation 0 was collected instead: count0 reset, count1 one more").containsExactly(0, 2, 1);
    }

    @Test
    @Concept("5.6")
    @Points(2)
    @DisplayName("lets a container freed by reference counting delay the next automatic collection")
    void deallocationsDelayTheThreshold() {
        PyClass cls = w.cls("A"); // allocation 1
        PyInstance[] pair = w.garbagePair(cls); // allocations 2 and 3
        List<PyList> kept = new ArrayList<>();
        for (int i = 0; i < 697; i++) {
            kept.add(w.list()); // allocations 4..700
        }
        PyList dropped = kept.remove(0);
        w.gc.objectDeallocated(dropped); // freed by reference counting: count0 = 699
        kept.add(w.list()); // count0 = 700: not above threshold0
        boolean aliveAt700 = !pair[0].isFreed();
        kept.add(w.list()); // count0 = 701 > 700
        assertThat(aliveAt700).as("count0 is allocations minus deallocations: after one container was freed, 701 "
                + "allocations make a count of 700, not above the threshold").isTrue();
        assertThat(pair[0].isFreed()).as("the next allocation takes count0 above 700 and collects generation 0").isTrue();
    }
}

