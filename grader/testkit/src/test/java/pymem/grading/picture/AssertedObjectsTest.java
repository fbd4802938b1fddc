package pymem.grading.picture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import pymem.model.Heap;
import pymem.model.PyObject;

class AssertedObjectsTest {
    private final Heap heap = new Heap();

    @Test
    void readsTheObjectsOfAFailedContainsExactly() {
        PyObject l = heap.newList();
        PyObject c = heap.newList();
        PyObject b = heap.newList();
        List<PyObject> log = new ArrayList<>(List.of(l, b));
        Throwable thrown = catchThrowable(() -> assertThat(log).containsExactly(l, c, b));
        assertThat(AssertedObjects.expected(thrown)).containsExactly(l, c, b);
        assertThat(AssertedObjects.actual(thrown)).containsExactly(l, b);
    }

    @Test
    void readsOneObject() {
        PyObject x = heap.newList();
        assertThat(AssertedObjects.objects(x)).containsExactly(x);
        assertThat(AssertedObjects.objects(new PyObject[] {x, null, x})).containsExactly(x, x);
    }

    @Test
    void namesNoObjectsForOtherValues() {
        Throwable thrown = catchThrowable(() -> assertThat(3L).isEqualTo(2L));
        assertThat(AssertedObjects.expected(thrown)).isEmpty();
        PyObject logged = heap.newList();
        assertThat(AssertedObjects.objects(java.util.Collections.unmodifiableList(new ArrayList<>(List.of(logged))))).containsExactly(logged);
        assertThat(AssertedObjects.objects("not objects")).isEmpty();
    }

    @Test
    void atMostTwentyObjects() {
        List<PyObject> many = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            many.add(heap.newInt(i));
        }
        assertThat(AssertedObjects.objects(many)).hasSize(HeapSnapshot.MAX_COMPARED);
    }
}
