package pymem.grading.picture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import pymem.model.Heap;
import pymem.model.Namespace;
import pymem.model.PyInstance;
import pymem.model.PyList;
import pymem.model.PyObject;

class SnapshotCaptureTest {
    private final Heap heap = new Heap();
    private final Namespace globals = new Namespace("<module>");
    private final Map<PyObject, HeapRecorder.Expectation> none = new IdentityHashMap<>();

    private HeapSnapshot capture(Map<PyObject, HeapRecorder.Expectation> expectations) {
        return SnapshotCapture.of(List.of(heap), List.of(globals), expectations);
    }

    private static HeapSnapshot.Box titled(HeapSnapshot s, String detail) {
        return s.boxes().stream().filter(b -> b.detail().equals(detail)).findFirst().orElseThrow();
    }

    @Test
    void namesPointAtObjectsAndSlotsAtItems() {
        PyList xs = heap.newList(heap.newInt(1), heap.newStr("a"));
        globals.bind("xs", xs);
        globals.bind("ys", xs);
        HeapSnapshot s = capture(none);

        HeapSnapshot.Box scope = s.boxes().get(0);
        assertThat(scope.kind()).isEqualTo(BoxKind.SCOPE);
        assertThat(scope.title()).isEqualTo("<module>");
        assertThat(scope.slots()).containsExactly("xs", "ys");
        HeapSnapshot.Box list = titled(s, "len 2");
        assertThat(list.title()).isEqualTo("list");
        assertThat(list.slots()).containsExactly("[0]", "[1]");
        HeapSnapshot.Box one = titled(s, "1");
        HeapSnapshot.Box a = titled(s, "'a'");
        assertThat(s.arrows()).containsExactlyInAnyOrder(
                new HeapSnapshot.Arrow(scope.id(), 0, list.id(), ArrowKind.NAME),
                new HeapSnapshot.Arrow(scope.id(), 1, list.id(), ArrowKind.NAME),
                new HeapSnapshot.Arrow(list.id(), 0, one.id(), ArrowKind.SLOT),
                new HeapSnapshot.Arrow(list.id(), 1, a.id(), ArrowKind.SLOT));
        assertThat(s.omitted()).isZero();
    }

    @Test
    void refcountsAreShownOnlyWhenTheModelKeepsThem() {
        PyList xs = heap.newList();
        globals.bind("xs", xs);
        assertThat(capture(none).refcounts()).isFalse();
        assertThat(capture(none).boxes().get(1).refcount()).isEqualTo(-1);
        xs.setRefcount(3);
        HeapSnapshot s = capture(none);
        assertThat(s.refcounts()).isTrue();
        assertThat(titled(s, "len 0").refcount()).isEqualTo(3);
    }

    @Test
    void instancesShowTheirClassAndAttributes() {
        PyInstance obj = heap.newInstance(heap.newClass("Node"));
        obj.setAttribute("next", obj);
        globals.bind("n", obj);
        HeapSnapshot s = capture(none);
        HeapSnapshot.Box node = s.boxes().stream().filter(b -> b.title().equals("Node")).findFirst().orElseThrow();
        assertThat(node.slots()).containsExactly("__class__", ".next");
        assertThat(s.arrows()).contains(new HeapSnapshot.Arrow(node.id(), 1, node.id(), ArrowKind.SLOT));
    }

    @Test
    void atMostSixtyObjectsTheRestCounted() {
        List<PyObject> items = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            items.add(heap.newInt(i));
        }
        globals.bind("big", heap.newList(items));
        HeapSnapshot s = capture(none);
        long objects = s.boxes().stream().filter(b -> b.kind() == BoxKind.OBJECT).count();
        assertThat(objects).isEqualTo(HeapSnapshot.MAX_OBJECTS);
        assertThat(s.omitted()).isEqualTo(101 - HeapSnapshot.MAX_OBJECTS);
        HeapSnapshot.Box big = titled(s, "len 100");
        assertThat(big.slots()).hasSize(HeapSnapshot.MAX_SLOTS + 1).last().isEqualTo("\u2026 88 more");
    }

    @Test
    void aFreedObjectANameStillReachesIsMarked() {
        PyList xs = heap.newList();
        globals.bind("xs", xs);
        heap.free(xs);
        assertThat(capture(none).boxes().get(1).mark()).isEqualTo(Mark.FREED_YET_REFERENCED);
    }

    @Test
    void aFreedObjectNothingLiveReachesIsOnlyFaded() {
        PyList inner = heap.newList();
        PyList outer = heap.newList(inner);
        heap.free(outer);
        heap.free(inner);
        HeapSnapshot s = SnapshotCapture.of(List.of(heap), List.of(), none, List.of(outer, inner), List.of());
        assertThat(s.boxes()).extracting(HeapSnapshot.Box::mark).containsExactly(Mark.FREED, Mark.FREED);
        assertThat(s.expected()).hasSize(2);
    }

    @Test
    void expectationsMarkAsExpectedOrNot() {
        PyList dead = heap.newList();
        PyList alive = heap.newList();
        PyList freed = heap.newList();
        heap.free(freed);
        Map<PyObject, HeapRecorder.Expectation> e = new IdentityHashMap<>();
        e.put(dead, HeapRecorder.Expectation.DEAD);
        e.put(alive, HeapRecorder.Expectation.ALIVE);
        e.put(freed, HeapRecorder.Expectation.DEAD);
        HeapSnapshot s = capture(e);
        List<Mark> marks = s.boxes().stream().filter(b -> b.kind() == BoxKind.OBJECT).map(HeapSnapshot.Box::mark).toList();
        assertThat(marks).containsExactlyInAnyOrder(Mark.EXPECTED_DEAD_BUT_LIVE, Mark.ALIVE_AS_EXPECTED, Mark.DEAD_AS_EXPECTED);
    }

    /** Like an exercise's own weak reference list: two fields and a list, read without calling anything. */
    static final class OwnWeakList {
        Object basic = new Object();
        Object proxy;
        final List<Object> withCallbacks = new ArrayList<>(List.of(new Object(), new Object()));
    }

    @Test
    void weakReferencesAreCountedFromTheSlotAndDrawnDashed() {
        PyList target = heap.newList();
        globals.bind("t", target);
        target.setWeakrefs(new OwnWeakList());
        HeapSnapshot s = capture(none);
        HeapSnapshot.Box weak = s.boxes().stream().filter(b -> b.kind() == BoxKind.WEAKREFS).findFirst().orElseThrow();
        assertThat(weak.detail()).isEqualTo("3 weak references");
        assertThat(s.arrows()).contains(new HeapSnapshot.Arrow(weak.id(), -1, titled(s, "len 0").id(), ArrowKind.WEAK));
        target.setWeakrefs(new ArrayList<>(List.of("r")));
        assertThat(SnapshotCapture.weakReferences(target.weakrefs())).isEqualTo(1);
        target.setWeakrefs(new ArrayList<>());
        assertThat(capture(none).boxes()).noneMatch(b -> b.kind() == BoxKind.WEAKREFS);
    }

    @Test
    void theRecorderKeepsWhatTheModelReportsAndForgetsOnClear() {
        HeapRecorder recorder = new HeapRecorder();
        recorder.heapCreated(heap);
        recorder.namespaceCreated(globals);
        assertThat(recorder.heaps()).containsExactly(heap);
        for (int i = 0; i < 10; i++) {
            recorder.heapCreated(new Heap());
        }
        assertThat(recorder.heaps()).hasSize(HeapRecorder.MAX_HEAPS).doesNotContain(heap);
        recorder.clear();
        assertThat(recorder.isEmpty()).isTrue();
    }
}
