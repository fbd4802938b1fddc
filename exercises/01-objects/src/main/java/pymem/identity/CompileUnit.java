package pymem.identity;

import pymem.model.PyFloat;
import pymem.model.PyInt;
import pymem.model.PyStr;

/**
 * Task 4: the constants of one compiled unit, that is what one {@code compile()} call turns into code
 * objects: a module, a script, or one input at the REPL. Make one unit per {@code compile()}; each literal
 * the compiler meets is asked for with one of the methods below, and every object is made through the
 * {@link ObjectSpace}.
 *
 * <ol>
 *   <li>Within one unit, equal literals of one type are one object: {@code a = 257; b = 257} gives
 *       {@code a is b}.</li>
 *   <li>Across units, equal literals are different objects, unless the space shares them anyway (small
 *       ints, one-character strings, {@code ''}) or they are strings made only of ASCII letters, digits
 *       and underscores: those are interned, so {@code 'hello'} is one object in every unit.</li>
 * </ol>
 */
public final class CompileUnit {
    private final ObjectSpace space;

    public CompileUnit(ObjectSpace space) {
        this.space = space;
    }

    /** The object an int literal in this unit evaluates to. */
    public PyInt intConstant(long value) {
        throw new UnsupportedOperationException("TODO task 4: CompileUnit.intConstant");
    }

    /**
     * The object a float literal in this unit evaluates to. {@code 0.0} and {@code -0.0} are equal but
     * different constants (the compiler keeps them apart).
     */
    public PyFloat floatConstant(double value) {
        throw new UnsupportedOperationException("TODO task 4: CompileUnit.floatConstant");
    }

    /**
     * The object a string literal in this unit evaluates to. A literal made only of ASCII letters, digits
     * and underscores ({@code 'hello'}, {@code '1abc'}) is interned: it is the intern table's object for that
     * value. Any other literal ({@code 'hello world!'}, {@code 'héllo'}) is shared within this unit only.
     * When the intern table already had the value, no extra object stays live on the heap: CPython frees the
     * copy it made at once.
     *
     * @throws pymem.model.OutOfScopeError for a one-character literal that is an ASCII letter, digit or
     *     underscore ({@code 'a'}): it is interned, and whether CPython 3.11's intern table holds the shared
     *     one-character string or another object for it depends on the names the interpreter interned while
     *     starting up ({@code 'a' is chr(97)} is False, {@code 'g' is chr(103)} True)
     */
    public PyStr strConstant(String value) {
        throw new UnsupportedOperationException("TODO task 4: CompileUnit.strConstant");
    }
}
