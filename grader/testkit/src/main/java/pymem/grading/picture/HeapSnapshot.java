package pymem.grading.picture;

import java.util.List;

/**
 * The state of the model a failed test left, as pure data (no model types): what {@link HeapLayout} lays out
 * and what a test JVM sends its grader ({@link SnapshotText}). Boxes are namespaces, objects and weak
 * references; arrows go from a box's slot (a name, an item, an attribute) to a box.
 *
 * @param boxes     the boxes, namespaces first
 * @param arrows    the references between them
 * @param omitted   how many more objects there were than the picture shows
 * @param refcounts whether the boxes show reference counts (only where the exercise keeps them)
 * @param expected  the boxes of the objects the failed assertion expected, in its order (e.g. a deallocation
 *                  log {@code [l, c, b, a]}); empty when the assertion named no objects
 * @param actual    the boxes of the objects it got instead, in order
 */
public record HeapSnapshot(List<Box> boxes, List<Arrow> arrows, int omitted, boolean refcounts, List<String> expected, List<String> actual) {

    /** At most this many objects of an assertion's expected or actual value are listed. */
    public static final int MAX_COMPARED = 20;

    public HeapSnapshot(List<Box> boxes, List<Arrow> arrows, int omitted, boolean refcounts) {
        this(boxes, arrows, omitted, refcounts, List.of(), List.of());
    }

    /** At most this many object boxes; the rest are counted in {@link #omitted}. */
    public static final int MAX_OBJECTS = 60;
    /** At most this many slots per box; the rest are summed up in one last slot. */
    public static final int MAX_SLOTS = 12;
    /** Texts longer than this are cut, with an ellipsis. */
    public static final int MAX_TEXT = 40;

    public HeapSnapshot {
        boxes = List.copyOf(boxes);
        arrows = List.copyOf(arrows);
        expected = List.copyOf(expected);
        actual = List.copyOf(actual);
        if (omitted < 0) {
            throw new IllegalArgumentException("omitted must not be negative: " + omitted);
        }
    }

    /**
     * One box.
     *
     * @param id       unique in the snapshot, e.g. {@code o3} or {@code n0}
     * @param kind     namespace, object or weak references
     * @param title    the namespace's name, or the object's type
     * @param detail   the object's value or repr, bounded; the refcount line is drawn apart
     * @param refcount the reference count field, or -1 when not shown
     * @param slots    what the box refers through, top to bottom: a namespace's names, a list's {@code [0]}...
     * @param mark     what the picture says about its life
     */
    public record Box(String id, BoxKind kind, String title, String detail, long refcount, List<String> slots, Mark mark) {
        public Box {
            slots = List.copyOf(slots);
        }
    }

    /**
     * One reference.
     *
     * @param from the box it leaves
     * @param slot the slot of {@code from} it leaves (index in its slots), or -1 for the box itself
     * @param to   the box it points at
     * @param kind a name, a slot, or a weak reference
     */
    public record Arrow(String from, int slot, String to, ArrowKind kind) {
    }

    /** The box with this id, or null. */
    public Box box(String id) {
        for (Box b : boxes) {
            if (b.id().equals(id)) {
                return b;
            }
        }
        return null;
    }

    /** Whether the picture compares the assertion's expected objects with its actual ones. */
    public boolean compares() {
        return !expected.isEmpty() || !actual.isEmpty();
    }

    /**
     * The badge of a box an assertion's value names ({@code #1}, {@code #2}... in order of first mention, expected
     * first), or empty.
     */
    public String badge(String id) {
        List<String> order = new java.util.ArrayList<>();
        for (String b : expected) {
            if (!order.contains(b)) {
                order.add(b);
            }
        }
        for (String b : actual) {
            if (!order.contains(b)) {
                order.add(b);
            }
        }
        int i = order.indexOf(id);
        return i < 0 ? "" : "#" + (i + 1);
    }

    /** {@code s} cut to {@link #MAX_TEXT} characters, with an ellipsis, and without control characters. */
    public static String bounded(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(Math.min(s.length(), MAX_TEXT));
        for (int i = 0; i < s.length() && out.length() < MAX_TEXT; i++) {
            char c = s.charAt(i);
            out.append(Character.isISOControl(c) ? ' ' : c);
        }
        if (s.length() > MAX_TEXT) {
            out.setLength(MAX_TEXT - 1);
            out.append('\u2026');
        }
        return out.toString();
    }
}
