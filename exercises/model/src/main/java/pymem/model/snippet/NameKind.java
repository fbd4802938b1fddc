package pymem.model.snippet;

/**
 * Where a name lives in one scope: CPython's symtable scopes ({@code Include/internal/pycore_symtable.h}),
 * which the {@code symtable} module reports and the compiler turns into different opcodes.
 */
public enum NameKind {
    /** Bound in this scope and stored in its own namespace (or fast locals). */
    LOCAL,
    /** Declared {@code global} in this scope. */
    GLOBAL_EXPLICIT,
    /** Not bound in this scope or any enclosing function: looked up in globals, then builtins. */
    GLOBAL_IMPLICIT,
    /** Bound in an enclosing function scope: reached through a cell in this function's closure. */
    FREE,
    /** Local to this scope and used by a nested scope: kept in a cell the nested scope shares. */
    CELL
}
