package pymem.identity;

import java.util.HashMap;
import java.util.Map;

import pymem.model.OutOfScopeError;
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
    /** Constants already made in this unit, by value; floats by bit pattern, so 0.0 and -0.0 stay apart. */
    private final Map<Long, PyInt> ints = new HashMap<>();
    private final Map<Long, PyFloat> floats = new HashMap<>();
    private final Map<String, PyStr> strs = new HashMap<>();

    public CompileUnit(ObjectSpace space) {
        this.space = space;
    }

    /** The object an int literal in this unit evaluates to. */
    public PyInt intConstant(long value) {
        // The space hands out the cached object for a small int and a new one otherwise;
        // the unit then keeps whatever it got for the next equal literal.
        return ints.computeIfAbsent(value, space::newInt);
    }

    /**
     * The object a float literal in this unit evaluates to. {@code 0.0} and {@code -0.0} are equal but
     * different constants (the compiler keeps them apart).
     */
    public PyFloat floatConstant(double value) {
        return floats.computeIfAbsent(Double.doubleToRawLongBits(value), bits -> space.newFloat(value));
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
        if (isOneNameChar(value)) {
            throw new OutOfScopeError("the literal " + new PyStr(value).repr() + ": whether a one-character name literal is"
                    + " chr()'s shared object depends on the names CPython 3.11 interned while starting up");
        }
        return strs.computeIfAbsent(value, this::makeStr);
    }

    private PyStr makeStr(String value) {
        PyStr made = space.newStr(value);
        if (!isAllNameChars(value)) {
            return made;
        }
        PyStr canonical = space.intern(made);
        if (canonical != made && value.length() > 1) {
            // An equal string was interned before: ours is garbage at once, as in CPython. (The empty and
            // one-character strings are singletons, never freed.)
            space.free(made);
        }
        return canonical;
    }

    /** One ASCII letter, digit or underscore: the one-character strings CPython may have interned at startup. */
    static boolean isOneNameChar(String value) {
        return value.length() == 1 && isAllNameChars(value);
    }

    /** CPython's all_name_chars: ASCII letters, digits and underscores only (so "1abc" counts, "a b" does not). */
    private static boolean isAllNameChars(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean nameChar = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
            if (!nameChar) {
                return false;
            }
        }
        return true;
    }
}
