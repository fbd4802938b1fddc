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
    @Tag("concept:4.6")
    @DisplayName("frees a chain of 100,000 nested lists without overflowing the stack")
    void deepChain() {
        PyList outer = chain(100_000);
        rc.decref(outer);
        assertThat(heap.liveCount()).as("live objects after del l").isZero();
    }
}
