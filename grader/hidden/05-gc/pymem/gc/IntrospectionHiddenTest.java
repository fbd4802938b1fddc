package pymem.gc;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pymem.grading.Concept;
import pymem.grading.Points;
import pymem.model.PyDict;
import pymem.model.PyInt;
import pymem.model.PyList;
import pymem.model.PyObject;
import pymem.model.PyTuple;

@DisplayName("Task 5: get_referents and get_referrers")
class IntrospectionHiddenTest {
    private final GcWorld w = new GcWorld();

    /** Every test here builds on tracking (5.1): when that is broken, say so instead of failing this concept. */
    @BeforeEach
    void prerequisites() {
        GcWorld.requireTracking();
    }

    private static List<Integer> sortedInts(List<PyObject> objs) {
        return objs.stream().map(o -> ((PyInt) o).value()).map(BigInteger::intValue).sorted()
                .collect(Collectors.toList());
    }

    @Test
    @Concept("5.8")
    @Points(1)
    @DisplayName("reports no referents for atoms")
    void atomsHaveNoReferents() {
        List<PyObject> got = w.gc.getReferents(w.integer(1), w.str("a"), w.heap.newComplex(0, 4));
        assertThat(sortedInts(got)).as("gc.get_referents(1, 'a', 4j)").isEqualTo(GcFacts.REFERENTS_OF_ATOMS);
    }

    @Test
    @Concept("5.8")
    @Points(2)
    @DisplayName("concatenates the referents of several containers, tracked or not")
    void referentsOfSeveralContainers() {
        PyList list = w.list(w.integer(1), w.integer(2));
        PyDict dict = w.dict();
        w.put(dict, w.integer(3), w.integer(4));
        PyTuple tuple = w.tuple(w.integer(0), w.integer(0), w.integer(0));
        List<PyObject> got = w.gc.getReferents(list, dict, tuple);
        assertThat(w.gc.isTracked(dict)).as("the dict of ints is untracked").isFalse();
        assertThat(sortedInts(got)).as("sorted(gc.get_referents([1, 2], {3: 4}, (0, 0, 0)))")
                .isEqualTo(GcFacts.REFERENTS_OF_LIST_DICT_TUPLE_SORTED);
    }

    @Test
    @Concept("5.8")
    @Points(1)
    @DisplayName("lists referents in the order the object's traversal visits them")
    void referentsFollowTraversalOrder() {
        PyList inner = w.list();
        PyObject one = w.integer(1);
        PyList outer = w.list(one, inner, one);
        assertThat(w.gc.getReferents(outer)).as("get_referents reports every reference, duplicates included")
                .containsExactlyElementsOf(outer.referents());
    }

    @Test
    @Concept("5.8")
    @Points(2)
    @DisplayName("finds every tracked container that refers to any of the given objects, once each")
    void referrersAreTrackedContainers() {
        PyList target = w.list();
        PyList other = w.list();
        PyList twice = w.list(target, target);
        PyTuple tuple = w.tuple(other);
        PyList unrelated = w.list(w.integer(5));
        assertThat(w.gc.getReferrers(target)).as("gc.get_referrers(x): a container holding x twice appears once")
                .containsExactly(twice);
        assertThat(w.gc.getReferrers(target, other)).as("several arguments: referrers of any of them")
                .containsExactlyInAnyOrder(twice, tuple)
                .doesNotContain(unrelated);
    }

    @Test
    @Concept("5.8")
    @Points(2)
    @DisplayName("does not report untracked or frozen referrers")
    void referrersSkipUntrackedAndFrozen() {
        PyInt key = w.integer(9);
        PyDict untracked = w.dict();
        w.put(untracked, key, w.integer(1));
        PyList held = w.list();
        PyList holder = w.list(held);
        w.gc.freeze();
        PyList youngHolder = w.list(held);
        List<PyObject> ofHeld = w.gc.getReferrers(held);
        assertThat(w.gc.getReferrers(key)).as("an untracked dict is not searched").isEmpty();
        assertThat(ofHeld.contains(holder)).as("the permanent generation is not searched")
                .isEqualTo(GcFacts.FROZEN_REFERRER_REPORTED);
        assertThat(ofHeld).as("referrers in generations 0 to 2 are found").containsExactly(youngHolder);
    }
}
