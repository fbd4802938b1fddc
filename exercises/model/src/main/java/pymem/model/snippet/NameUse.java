package pymem.model.snippet;

/**
 * What one occurrence of a name in a block does: what CPython's symtable records as it walks the code
 * ({@code symtable_add_def} with DEF_PARAM, DEF_LOCAL, USE, DEF_GLOBAL, DEF_NONLOCAL).
 */
public enum NameUse {
    /** A parameter of the function ({@code def f(x)}, {@code lambda x:}, a comprehension's hidden {@code .0}). */
    PARAMETER,
    /** A read: {@code print(x)}. */
    LOAD,
    /** A binding: {@code x = ...}, {@code def x}, {@code class x}, {@code for x in}, a comprehension target. */
    ASSIGN,
    /** {@code x += ...}: reads the name and binds it again. */
    AUG_ASSIGN,
    /** {@code del x}. */
    DELETE,
    /** Named in a {@code global} statement. */
    GLOBAL,
    /** Named in a {@code nonlocal} statement. */
    NONLOCAL
}
