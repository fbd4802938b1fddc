package pymem.refcount;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import pymem.model.Heap;
import pymem.model.PyList;

@Tag("task:3")
@DisplayName("The cascade")
class CascadeTest {
    private final Heap heap = new Heap();
    private final RefCounts rc = new RefCounts(heap);

    /** l = []; for _ in range(depth): l = [l]. Returns the outermost list, owned by one name. */
    private PyList chain(int depth) {
        PyList inner = heap.newList();
        for (int i = 0; i < depth; i++) {
            rc.incref(inner);
            inner = heap.newList(inner);
        }
        rc.incref(inner);
        return inner;
    }

    @Test
    @Tag("concept:4.4")
    @DisplayName("frees every list of a short chain, outermost first")
    void shortChain() {
        PyList outer = chain(2);
        PyList middle = (PyList) outer.get(0);
        PyList inner = (PyList) middle.get(0);
        rc.decref(outer);
        assertThat(rc.deallocationLog()).as("del l for l = [[[]]]").containsExactly(outer, middle, inner);
    }

    @Test
    @Tag("concept:4.12")
    @DisplayName("a dying list releases its items from the last to the first")
    void listReleasesLastItemFirst() {
        PyList a = heap.newList();
        PyList b = heap.newList();
        PyList c = heap.newList();
        rc.incref(a);
        rc.incref(b);
        rc.incref(c);
        PyList l = heap.newList(a, b, c);
        rc.incref(l);
        rc.decref(l);
        assertThat(rc.deallocationLog()).as("del l for l = [a, b, c], each item owned only by l (CPython: l, c, b, a)")
                .containsExactly(l, c, b, a);
    }

    @Test
    @Tag("concept:4.13")
    @DisplayName("a cascade is depth first: what one release kills dies before the next release")
    void cascadeIsDepthFirst() {
        PyList aa = heap.newList();
        PyList bb = heap.newList();
        rc.incref(aa);
        rc.incref(bb);
        PyList a = heap.newList(aa);
        PyList b = heap.newList(bb);
        rc.incref(a);
        rc.incref(b);
        PyList l = heap.newList(a, b);
        rc.incref(l);
        rc.decref(l);
        assertThat(rc.deallocationLog()).as("del l for l = [[aa], [bb]]: b and all it held die before a (CPython: l, b, bb, a, aa)")
                .containsExactly(l, b, bb, a, aa);
    }

    @Test
    @Tag("concept:4.6")
    @DisplayName("frees a chain of 100,000 nested lists without overflowing the stack")
    void deepChain() {
        PyList outer = chain(100_000);
        rc.decref(outer);
        assertThat(heap.liveCount()).as("live objects after del l").isZero();
    }
}
