package pymem.grading.picture;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import pymem.model.Heap;
import pymem.model.ModelWatch;
import pymem.model.Namespace;
import pymem.model.PyObject;

/**
 * The heaps and namespaces the running test made, and what it said it expects of objects' lives. It is one
 * recorder for the JVM, not one per thread: a test's constructor, body and callbacks may run on different
 * threads (the grader runs each test body on a worker of its own), while tests run one at a time.
 *
 * <p>Recording costs a list append per heap or namespace made, never anything per object; only the most
 * recent few are kept, so a test that makes thousands of heaps keeps no more than a test that makes one.
 */
public final class HeapRecorder implements ModelWatch.Observer {
    static final int MAX_HEAPS = 4;
    static final int MAX_NAMESPACES = 16;
    static final int MAX_EXPECTATIONS = 64;

    /** The recorder the model reports to. */
    public static final HeapRecorder INSTANCE = new HeapRecorder();

    private final Deque<Heap> heaps = new ArrayDeque<>();
    private final Deque<Namespace> namespaces = new ArrayDeque<>();
    private final Map<PyObject, Expectation> expectations = new IdentityHashMap<>();

    /** What a test expects of an object's life. */
    public enum Expectation {
        DEAD,
        ALIVE
    }

    HeapRecorder() {
    }

    /** Makes the model report to this recorder (idempotent). */
    public void listen() {
        ModelWatch.observe(this);
    }

    /** Forgets everything recorded: a new test begins. */
    public synchronized void clear() {
        heaps.clear();
        namespaces.clear();
        expectations.clear();
    }

    @Override
    public synchronized void heapCreated(Heap heap) {
        if (heaps.size() == MAX_HEAPS) {
            heaps.removeFirst();
        }
        heaps.addLast(heap);
    }

    @Override
    public synchronized void namespaceCreated(Namespace namespace) {
        if (namespaces.size() == MAX_NAMESPACES) {
            namespaces.removeFirst();
        }
        namespaces.addLast(namespace);
    }

    synchronized void expect(PyObject obj, Expectation expectation) {
        if (expectations.size() < MAX_EXPECTATIONS || expectations.containsKey(obj)) {
            expectations.put(obj, expectation);
        }
    }

    synchronized List<Heap> heaps() {
        return new ArrayList<>(heaps);
    }

    synchronized List<Namespace> namespaces() {
        return new ArrayList<>(namespaces);
    }

    synchronized Map<PyObject, Expectation> expectations() {
        Map<PyObject, Expectation> copy = new IdentityHashMap<>();
        copy.putAll(expectations);
        return copy;
    }

    /** Whether the test made anything worth drawing. */
    synchronized boolean isEmpty() {
        return heaps.isEmpty() && namespaces.isEmpty() && expectations.isEmpty();
    }
}
