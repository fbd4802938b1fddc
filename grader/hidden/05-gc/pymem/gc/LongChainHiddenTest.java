package pymem.gc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import pymem.grading.Concept;
import pymem.grading.Points;
import pymem.model.PyList;

@DisplayName("Task 2: collecting at scale")
@Tag("task:2")
class LongChainHiddenTest {
    /** Long enough that a traversal making one call per object surely overflows the test stack. */
    private static final int LENGTH = pymem.grading.TestStack.RECURSION_PROOF_DEPTH;

    @Test
    @Concept("5.2")
    @Points(3)
    @DisplayName("keeps and then collects a chain of lists longer than any recursion fits in the stack, without deep recursion")
    void longChainWithoutRecursion() {
        GcFixtures w = new GcFixtures();
        w.gc.disable();
        PyList tail = w.list();
        PyList head = tail;
        for (int i = 1; i < LENGTH; i++) {
            PyList next = w.list(head); // next = [head]; del head
            w.del(head);
            head = next;
        }
        int whileNamed = w.gc.collect();
        boolean tailAlive = !tail.isFreed();
        w.append(tail, head); // close the chain into one big cycle
        w.del(head);
        int found = w.gc.collect();
        assertThat(whileNamed).as("a long chain reachable from one name is all reachable").isZero();
        assertThat(tailAlive).as("the far end of a reachable chain must survive").isTrue();
        assertThat(found).as("a %,d-list cycle is collected whole, without recursion overflowing the stack", LENGTH)
                .isEqualTo(LENGTH);
        assertThat(tail.isFreed() && head.isFreed()).as("both ends of the dead cycle are freed").isTrue();
        assertThat(w.heap.liveCount()).as("nothing of the cycle is left on the heap").isZero();
    }
}
