package pymem.grading.picture;

import java.util.Objects;
import pymem.model.PyObject;

/**
 * What a test may tell the picture drawn when it fails: which objects it expects dead or alive. The picture
 * marks them (as expected, or not); it never changes what the test asserts.
 *
 * <pre>
 *   HeapPicture.expect(inner).dead();
 *   assertThat(heap.isLive(inner)).as("the inner list after del l").isFalse();
 * </pre>
 */
public final class HeapPicture {
    private final PyObject obj;

    private HeapPicture(PyObject obj) {
        this.obj = Objects.requireNonNull(obj, "obj");
    }

    public static HeapPicture expect(PyObject obj) {
        return new HeapPicture(obj);
    }

    /** The test expects {@code obj} to have been freed. */
    public void dead() {
        HeapRecorder.INSTANCE.expect(obj, HeapRecorder.Expectation.DEAD);
    }

    /** The test expects {@code obj} to be live still. */
    public void alive() {
        HeapRecorder.INSTANCE.expect(obj, HeapRecorder.Expectation.ALIVE);
    }
}
