package pymem.model;

/**
 * A neutral hook that tells an observer when a {@link Heap} or a {@link Namespace} is made. The model never
 * uses it itself; a test harness may, for instance to draw the heap of a test that failed. Nothing is told
 * while no observer is set, and the cost then is one field read per heap or namespace made (never per object).
 */
public final class ModelWatch {
    /** What an observer is told. Both calls happen at the end of the constructor, on the constructing thread. */
    public interface Observer {
        void heapCreated(Heap heap);

        void namespaceCreated(Namespace namespace);
    }

    private static volatile Observer observer;

    private ModelWatch() {
    }

    /** Sets the one observer ({@code null}: none). Returns the one it replaced. */
    public static synchronized Observer observe(Observer newObserver) {
        Observer old = observer;
        observer = newObserver;
        return old;
    }

    static void heapCreated(Heap heap) {
        Observer o = observer;
        if (o != null) {
            o.heapCreated(heap);
        }
    }

    static void namespaceCreated(Namespace namespace) {
        Observer o = observer;
        if (o != null) {
            o.namespaceCreated(namespace);
        }
    }
}
