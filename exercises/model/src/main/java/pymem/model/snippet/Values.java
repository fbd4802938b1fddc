package pymem.model.snippet;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import pymem.model.Heap;
import pymem.model.OutOfScopeError;
import pymem.model.PyBool;
import pymem.model.PyException;
import pymem.model.PyInt;
import pymem.model.PyList;
import pymem.model.PyNone;
import pymem.model.PyObject;
import pymem.model.PyStr;

/**
 * The value operations snippets need: arithmetic, sequence concatenation and repetition, comparison, truth
 * and iteration, with CPython 3.11's TypeErrors. As in Python, bool is an int: {@code True + 1 == 2}.
 *
 * <p>A {@code range} is a model list this class remembers as a range: it iterates, indexes and sums like
 * one, and everywhere else (its repr, its type name in errors, equality, {@code +} and {@code *}) it is
 * CPython's range, not a list.
 */
final class Values {
    /** The longest list or str a repetition may build: the model is no place for a MemoryError. */
    static final long MAX_SEQUENCE = 1_000_000;

    private final Heap heap;
    /** The lists that stand for ranges, and the repr of each: {@code range(0, 3)}. */
    private final Map<PyObject, String> ranges = new IdentityHashMap<>();
    final PyNone none;
    final PyBool trueObj;
    final PyBool falseObj;

    Values(Heap heap) {
        this.heap = heap;
        this.none = heap.newNone();
        this.trueObj = heap.newBool(true);
        this.falseObj = heap.newBool(false);
    }

    /** The object for a literal: an int ({@link Long} or {@link BigInteger}), str, bool or None (null). */
    PyObject constant(Object value) {
        if (value == null) {
            return none;
        }
        if (value instanceof Boolean b) {
            return bool(b);
        }
        if (value instanceof Long n) {
            return heap.newInt(n);
        }
        if (value instanceof BigInteger n) {
            return heap.newInt(n);
        }
        return heap.newStr((String) value);
    }

    PyBool bool(boolean b) {
        return b ? trueObj : falseObj;
    }

    PyInt integer(BigInteger n) {
        return heap.newInt(n);
    }

    PyList list(List<PyObject> items) {
        return heap.newList(items);
    }

    PyStr str(String s) {
        return heap.newStr(s);
    }

    /** A range over {@code items}, which CPython prints as {@code repr}. */
    PyList range(List<PyObject> items, String repr) {
        PyList range = heap.newList(items);
        ranges.put(range, repr);
        return range;
    }

    boolean isRange(PyObject o) {
        return ranges.containsKey(o);
    }

    /** {@code repr(r)} of a range: {@code range(0, 3)}, {@code range(1, 9, 2)}. */
    String rangeRepr(PyObject range) {
        return ranges.get(range);
    }

    /** {@code type(o).__name__}, as CPython's error messages name it. */
    String typeName(PyObject o) {
        return isRange(o) ? "range" : o.typeName();
    }

    /** The integer value of an int or a bool, or null for any other object. */
    static BigInteger intValue(PyObject o) {
        if (o instanceof PyInt i) {
            return i.value();
        }
        if (o instanceof PyBool b) {
            return b.value() ? BigInteger.ONE : BigInteger.ZERO;
        }
        return null;
    }

    boolean truthy(PyObject o) {
        BigInteger n = intValue(o);
        if (n != null) {
            return n.signum() != 0;
        }
        if (o instanceof PyStr s) {
            return !s.value().isEmpty();
        }
        if (o instanceof PyList l) {
            return l.size() > 0;
        }
        return !(o instanceof PyNone);
    }

    /** {@code a op b} for op one of {@code + - *}. */
    PyObject binary(String op, PyObject a, PyObject b) {
        return binary(op, a, b, op);
    }

    /**
     * {@code a op b}, where {@code shown} is the operator as the program wrote it: {@code +=} in an augmented
     * assignment, which is what CPython names in its "unsupported operand" TypeError.
     */
    PyObject binary(String op, PyObject a, PyObject b, String shown) {
        BigInteger x = intValue(a);
        BigInteger y = intValue(b);
        if (x != null && y != null) {
            switch (op) {
                case "+": return heap.newInt(x.add(y));
                case "-": return heap.newInt(x.subtract(y));
                default: return heap.newInt(x.multiply(y));
            }
        }
        if (op.equals("+") && isSequence(a)) {
            return concatenate(a, b);
        }
        if (op.equals("*") && isSequence(a)) {
            return repeat(a, b);
        }
        if (op.equals("*") && isSequence(b)) {
            return repeat(b, a); // CPython's last resort for n * seq: the sequence's own repeat, which wants an int
        }
        throw new PyException("TypeError", "unsupported operand type(s) for " + shown + ": '" + typeName(a) + "' and '" + typeName(b) + "'");
    }

    /** {@code -a}. */
    PyObject negate(PyObject a) {
        BigInteger x = intValue(a);
        if (x == null) {
            throw new PyException("TypeError", "bad operand type for unary -: '" + typeName(a) + "'");
        }
        return heap.newInt(x.negate());
    }

    /** A str or a list: what {@code +} concatenates and {@code *} repeats (a range does neither). */
    private boolean isSequence(PyObject o) {
        return o instanceof PyStr || o instanceof PyList && !isRange(o);
    }

    private PyObject concatenate(PyObject a, PyObject b) {
        if (a instanceof PyStr x && b instanceof PyStr y) {
            return heap.newStr(x.value() + y.value());
        }
        if (a instanceof PyList x && b instanceof PyList y && !isRange(y)) {
            List<PyObject> items = new ArrayList<>(x.items());
            items.addAll(y.items());
            return heap.newList(items);
        }
        throw new PyException("TypeError", "can only concatenate " + typeName(a) + " (not \"" + typeName(b) + "\") to " + typeName(a));
    }

    private PyObject repeat(PyObject sequence, PyObject count) {
        long n = Math.max(0, repeatCount(sequence, count));
        if (sequence instanceof PyStr s) {
            return heap.newStr(s.value().repeat((int) n));
        }
        List<PyObject> items = new ArrayList<>();
        for (long i = 0; i < n; i++) {
            items.addAll(((PyList) sequence).items());
        }
        return heap.newList(items);
    }

    /** How many times {@code sequence * count} repeats the sequence, with CPython's errors for a bad count. */
    long repeatCount(PyObject sequence, PyObject count) {
        BigInteger n = intValue(count);
        if (n == null) {
            throw new PyException("TypeError", "can't multiply sequence by non-int of type '" + typeName(count) + "'");
        }
        if (n.bitLength() > 63) {
            throw new PyException("OverflowError", "cannot fit 'int' into an index-sized integer");
        }
        long length = sequence instanceof PyStr s ? s.value().length() : ((PyList) sequence).size();
        if (n.signum() > 0 && length > 0 && n.longValue() > MAX_SEQUENCE / length) {
            throw new OutOfScopeError("a repetition longer than " + MAX_SEQUENCE + " items is out of scope for snippets");
        }
        return n.longValue();
    }

    /** {@code a op b} for op one of {@code == != < > <= >=}. */
    PyBool compare(String op, PyObject a, PyObject b) {
        if (op.equals("==") || op.equals("!=")) {
            return bool(same(a, b) == op.equals("=="));
        }
        int c = order(op, a, b);
        switch (op) {
            case "<": return bool(c < 0);
            case ">": return bool(c > 0);
            case "<=": return bool(c <= 0);
            default: return bool(c >= 0);
        }
    }

    /** Negative, zero or positive as {@code a} sorts before, with or after {@code b}; lists compare item by item. */
    private int order(String op, PyObject a, PyObject b) {
        BigInteger x = intValue(a);
        BigInteger y = intValue(b);
        if (x != null && y != null) {
            return x.compareTo(y);
        }
        if (a instanceof PyStr s && b instanceof PyStr t) {
            return Integer.signum(s.value().compareTo(t.value()));
        }
        if (a instanceof PyList l && b instanceof PyList m && !isRange(a) && !isRange(b)) {
            for (int i = 0; i < Math.min(l.size(), m.size()); i++) {
                if (!same(l.get(i), m.get(i))) {
                    return order(op, l.get(i), m.get(i));
                }
            }
            return Integer.compare(l.size(), m.size());
        }
        throw new PyException("TypeError", "'" + op + "' not supported between instances of '" + typeName(a) + "' and '" + typeName(b) + "'");
    }

    /** {@code a == b}: ints and bools by value, strs by text, lists item by item (identity first), others by identity. */
    boolean same(PyObject a, PyObject b) {
        if (a == b) {
            return true;
        }
        BigInteger x = intValue(a);
        BigInteger y = intValue(b);
        if (x != null && y != null) {
            return x.equals(y);
        }
        if (a instanceof PyStr s && b instanceof PyStr t) {
            return s.value().equals(t.value());
        }
        if (isRange(a) != isRange(b)) {
            return false; // a range never equals a list; two ranges are equal when they hold the same ints
        }
        if (a instanceof PyList l && b instanceof PyList m && l.size() == m.size()) {
            for (int i = 0; i < l.size(); i++) {
                if (!same(l.get(i), m.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /** The items a for loop, a comprehension or {@code sum} walks over: a list's items or a str's characters. */
    List<PyObject> iterate(PyObject o) {
        if (o instanceof PyList l) {
            return new ArrayList<>(l.items());
        }
        if (o instanceof PyStr s) {
            List<PyObject> chars = new ArrayList<>();
            s.value().codePoints().forEach(c -> chars.add(heap.newStr(Character.toString(c))));
            return chars;
        }
        throw new PyException("TypeError", "'" + typeName(o) + "' object is not iterable");
    }
}
