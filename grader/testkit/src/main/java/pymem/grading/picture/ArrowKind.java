package pymem.grading.picture;

/** The kinds of arrow: strong references are solid, weak ones dashed. */
public enum ArrowKind {
    /** From a name in a namespace. */
    NAME,
    /** From a container's slot (an item, a key, a value, an attribute, a class, a cell's contents). */
    SLOT,
    /** A weak reference: it does not keep its target alive. */
    WEAK;

    public boolean dashed() {
        return this == WEAK;
    }
}
