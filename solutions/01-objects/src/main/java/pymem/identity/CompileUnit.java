package pymem.identity;

import java.util.HashMap;
import java.util.Map;

import pymem.model.PyFloat;
import pymem.model.PyInt;
import pymem.model.PyStr;

/**
 * Task 4: the constants of one compiled unit (one {@code compile()} call: a module, or what the REPL
 * compiles for one input). The compiler keeps one object per distinct constant in the unit, and interns
 * string constants made only of name characters, so those are shared with every other unit too.
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

    public PyInt intConstant(long value) {
        // The space hands out the cached object for a small int and a new one otherwise;
        // the unit then keeps whatever it got for the next equal literal.
        return ints.computeIfAbsent(value, space::newInt);
    }

    public PyFloat floatConstant(double value) {
        return floats.computeIfAbsent(Double.doubleToRawLongBits(value), bits -> space.newFloat(value));
    }

    public PyStr strConstant(String value) {
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
