package pymem.model.snippet;

/**
 * Private name mangling, as CPython's compiler does it ({@code _Py_Mangle}): inside a class body, and in
 * every function nested in it, an identifier {@code __x} that does not end in two underscores becomes
 * {@code _C__x}, where {@code C} is the innermost enclosing class's name without its leading underscores.
 * It applies to every name (variables, parameters, {@code def} and {@code class} names, declarations) and
 * to attribute names ({@code self.__x}).
 */
final class Mangling {
    private Mangling() {
    }

    /** {@code identifier} as the compiler spells it in {@code scope}. */
    static String mangle(Block scope, String identifier) {
        if (!identifier.startsWith("__") || identifier.endsWith("__") || identifier.contains(".")) {
            return identifier;
        }
        Block b = scope;
        while (b != null && b.kind() != BlockKind.CLASS) {
            b = b.parent();
        }
        if (b == null) {
            return identifier;
        }
        String className = b.name().replaceFirst("^_+", "");
        return className.isEmpty() ? identifier : "_" + className + identifier;
    }
}
