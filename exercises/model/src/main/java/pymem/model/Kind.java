package pymem.model;

/**
 * The kinds of object the model knows, one per CPython built-in type the course needs.
 *
 * <p>A kind is what CPython keeps in {@code ob_type}: it decides how an object stores its value and which
 * objects it refers to. The kind says nothing about mutability, hashability or size: working those out is
 * what the exercises are for.
 */
public enum Kind {
    INT("int"),
    BOOL("bool"),
    FLOAT("float"),
    COMPLEX("complex"),
    NONE("NoneType"),
    STR("str"),
    BYTES("bytes"),
    BYTEARRAY("bytearray"),
    TUPLE("tuple"),
    LIST("list"),
    DICT("dict"),
    SET("set"),
    FROZENSET("frozenset"),
    /** A class object made by a {@code class} statement (its Python type is {@code type}). */
    CLASS("type"),
    /** An instance of a user-defined class; its Python type name is its class's name. */
    INSTANCE("object"),
    FUNCTION("function"),
    CELL("cell");

    private final String pythonName;

    Kind(String pythonName) {
        this.pythonName = pythonName;
    }

    /** The name {@code type(x).__name__} prints for objects of this kind, e.g. {@code "NoneType"}. */
    public String pythonName() {
        return pythonName;
    }
}
