package pymem.grading.picture;

/** The kinds of box a heap picture draws. */
public enum BoxKind {
    /** A namespace (module globals, a function's locals): its names, each a slot with an arrow. */
    SCOPE,
    /** A Python object: its type, value, reference count and the slots it refers through. */
    OBJECT,
    /** The weak references an object has, drawn as one box whose arrow is dashed. */
    WEAKREFS
}
