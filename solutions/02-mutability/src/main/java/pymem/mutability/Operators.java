package pymem.mutability;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import pymem.model.Heap;
import pymem.model.Kind;
import pymem.model.OutOfScopeError;
import pymem.model.PyAnySet;
import pymem.model.PyBool;
import pymem.model.PyByteArray;
import pymem.model.PyBytes;
import pymem.model.PyComplex;
import pymem.model.PyDict;
import pymem.model.PyException;
import pymem.model.PyFloat;
import pymem.model.PyList;
import pymem.model.PyObject;
import pymem.model.PySet;
import pymem.model.PyStr;
import pymem.model.PyTuple;

/**
 * The binary operators {@code x + y} and {@code x | y}, and their in-place forms {@code x += y} and
 * {@code x |= y}. The in-place form of a mutable type changes the left operand and returns it; an immutable
 * type has no in-place form, so {@code x += y} falls back to {@code x + y} and returns a new object.
 */
public final class Operators {
    private final Heap heap;

    /** @param heap where every new result object is registered */
    public Operators(Heap heap) {
        this.heap = heap;
    }

    /**
     * {@code x + y}. The result is a new object registered on the heap, except that CPython returns an
     * immutable operand itself when the other is empty: {@code s + ''} is {@code s}, {@code () + t} is
     * {@code t}, {@code b + b''} is {@code b} (bytes only when both are bytes). The operands never change.
     * <ul>
     *   <li>numbers: int + int is an int (bool counts as int: {@code True + True == 2}); with a float the
     *       result is a float; with a complex, a complex;</li>
     *   <li>str + str, tuple + tuple, list + list: the concatenation;</li>
     *   <li>bytes or bytearray on both sides: the concatenation, of the left operand's type.</li>
     * </ul>
     *
     * @throws PyException TypeError, with CPython's message, for any other pair:
     *     {@code can only concatenate list (not "tuple") to list} (also for str and tuple on the left),
     *     {@code can't concat str to bytes} (also for bytearray on the left), otherwise
     *     {@code unsupported operand type(s) for +: 'int' and 'str'}; OverflowError
     *     {@code int too large to convert to float} when an int too big for a float meets a float
     */
    public PyObject add(PyObject x, PyObject y) {
        return add(x, y, "+");
    }

    /**
     * {@code x | y}: a new object.
     * <ul>
     *   <li>int | int: the bitwise or, an int (a bool when both are bools);</li>
     *   <li>set or frozenset on both sides: the union, of the left operand's type: the left's elements, then
     *       each right element not equal ({@link Equality}) to one already there;</li>
     *   <li>dict | dict: a new dict with the left's entries, then the right's: a key equal to an existing
     *       one replaces the value and keeps the first key object ({@code {1: 'a'} | {1.0: 'b'} == {1: 'b'}}).</li>
     * </ul>
     *
     * @throws PyException TypeError {@code unsupported operand type(s) for |: 'list' and 'list'} for any other pair
     * @throws pymem.model.OutOfScopeError when one side is a class and the other a class or None: CPython makes
     *     a {@code types.UnionType} there ({@code int | None}, PEP 604), which the model does not have
     */
    public PyObject or(PyObject x, PyObject y) {
        return or(x, y, "|");
    }

    /**
     * {@code x += y}; the caller binds the result to the target.
     * <ul>
     *   <li>list: extended in place with the items of any iterable {@code y} (list, tuple, set, frozenset,
     *       dict keys, a str's one-character strings, the ints of bytes or bytearray); returns {@code x}
     *       itself. {@code l += (1,)} works although {@code l + (1,)} raises;</li>
     *   <li>bytearray: extended in place with the bytes of a bytes or bytearray; returns {@code x}. Not with
     *       itself: {@code ba += ba} would resize {@code ba} while lending its own buffer out as the operand,
     *       so CPython raises BufferError and {@code ba} is unchanged;</li>
     *   <li>every other type: {@code x + y}, a new object (see {@link #add}).</li>
     * </ul>
     *
     * @throws PyException TypeError {@code 'int' object is not iterable} when {@code y} is not iterable for a
     *     list; {@code can't concat str to bytearray} for a bytearray; BufferError
     *     {@code Existing exports of data: object cannot be re-sized} for {@code ba += ba}; otherwise as
     *     {@link #add}, but the unsupported-operand message names {@code +=}
     * @throws pymem.model.OutOfScopeError for a list extended with a set or frozenset of two or more elements:
     *     CPython appends them in its hash table's order, which the model's sets (kept in insertion order) do
     *     not follow
     */
    public PyObject inplaceAdd(PyObject x, PyObject y) {
        if (x instanceof PyList) {
            if (y instanceof PyAnySet && ((PyAnySet) y).size() > 1) {
                throw new OutOfScopeError("list += " + y.typeName() + " of " + ((PyAnySet) y).size()
                        + " elements: CPython appends them in its hash table's order, which the model does not follow");
            }
            PyList list = (PyList) x;
            for (PyObject item : Iteration.itemsOf(heap, y)) {
                list.append(item);
            }
            return list;
        }
        if (x instanceof PyByteArray) {
            if (!Equality.isBytesLike(y)) {
                throw cantConcat(y, x);
            }
            if (y == x) {
                // CPython holds a buffer export of y while resizing x: the same object cannot be both.
                throw new PyException("BufferError", "Existing exports of data: object cannot be re-sized");
            }
            ((PyByteArray) x).extend(Equality.bytesOf(y));
            return x;
        }
        return add(x, y, "+=");
    }

    /**
     * {@code x |= y}; the caller binds the result to the target.
     * <ul>
     *   <li>set |= set or frozenset: the new elements are added in place (only those not equal to one
     *       already there); returns {@code x};</li>
     *   <li>dict |= dict: merged in place as in {@link #or}; returns {@code x};</li>
     *   <li>every other type, frozenset included: {@code x | y}, a new object.</li>
     * </ul>
     *
     * @throws PyException TypeError {@code unsupported operand type(s) for |=: 'set' and 'list'} for an
     *     unsupported pair
     * @throws pymem.model.OutOfScopeError for dict |= something other than a dict (CPython accepts any mapping
     *     or iterable of pairs there: out of scope), and as {@link #or} for a class and a class or None
     */
    public PyObject inplaceOr(PyObject x, PyObject y) {
        if (x instanceof PySet) {
            if (!(y instanceof PyAnySet)) {
                throw unsupported("|=", x, y);
            }
            EqualKeys.addNewElements((PySet) x, ((PyAnySet) y).elements());
            return x;
        }
        if (x instanceof PyDict) {
            if (!(y instanceof PyDict)) {
                throw new OutOfScopeError("dict |= " + y.typeName() + " is out of scope");
            }
            EqualKeys.update((PyDict) x, (PyDict) y);
            return x;
        }
        return or(x, y, "|=");
    }

    private PyObject add(PyObject x, PyObject y, String symbol) {
        if (Equality.isNumber(x) && Equality.isNumber(y)) {
            return addNumbers(x, y);
        }
        switch (x.kind()) {
            case STR:
                if (!(y instanceof PyStr)) {
                    throw canOnlyConcatenate(x, y);
                }
                return concatStr((PyStr) x, (PyStr) y);
            case TUPLE:
                if (!(y instanceof PyTuple)) {
                    throw canOnlyConcatenate(x, y);
                }
                return concatTuple((PyTuple) x, (PyTuple) y);
            case LIST:
                if (!(y instanceof PyList)) {
                    throw canOnlyConcatenate(x, y);
                }
                List<PyObject> items = new ArrayList<>(((PyList) x).items());
                items.addAll(((PyList) y).items());
                return heap.newList(items);
            case BYTES:
            case BYTEARRAY:
                return concatBytes(x, y);
            default:
                throw unsupported(symbol, x, y);
        }
    }

    private PyObject addNumbers(PyObject x, PyObject y) {
        if (x instanceof PyComplex || y instanceof PyComplex) {
            return heap.newComplex(realOf(x) + realOf(y), imagOf(x) + imagOf(y));
        }
        if (x instanceof PyFloat || y instanceof PyFloat) {
            return heap.newFloat(realOf(x) + realOf(y));
        }
        return heap.newInt(Equality.integerOf(x).add(Equality.integerOf(y)));
    }

    private static double realOf(PyObject number) {
        if (number instanceof PyComplex) {
            return ((PyComplex) number).real();
        }
        if (number instanceof PyFloat) {
            return ((PyFloat) number).value();
        }
        double d = Equality.integerOf(number).doubleValue();
        if (Double.isInfinite(d)) {
            throw new PyException("OverflowError", "int too large to convert to float");
        }
        return d;
    }

    private static double imagOf(PyObject number) {
        return number instanceof PyComplex ? ((PyComplex) number).imag() : 0.0;
    }

    private PyObject concatStr(PyStr x, PyStr y) {
        if (y.value().isEmpty()) {
            return x;
        }
        if (x.value().isEmpty()) {
            return y;
        }
        return heap.newStr(x.value() + y.value());
    }

    private PyObject concatTuple(PyTuple x, PyTuple y) {
        if (y.size() == 0) {
            return x;
        }
        if (x.size() == 0) {
            return y;
        }
        List<PyObject> items = new ArrayList<>(x.items());
        items.addAll(y.items());
        return heap.newTuple(items.toArray(new PyObject[0]));
    }

    private PyObject concatBytes(PyObject x, PyObject y) {
        if (!Equality.isBytesLike(y)) {
            throw cantConcat(y, x);
        }
        byte[] left = Equality.bytesOf(x);
        byte[] right = Equality.bytesOf(y);
        if (x instanceof PyBytes && y instanceof PyBytes && right.length == 0) {
            return x;
        }
        if (x instanceof PyBytes && y instanceof PyBytes && left.length == 0) {
            return y;
        }
        byte[] joined = new byte[left.length + right.length];
        System.arraycopy(left, 0, joined, 0, left.length);
        System.arraycopy(right, 0, joined, left.length, right.length);
        return x instanceof PyBytes ? heap.newBytes(joined) : heap.newByteArray(joined);
    }

    private PyObject or(PyObject x, PyObject y, String symbol) {
        if (makesUnion(x, y)) {
            throw new OutOfScopeError(x.repr() + " " + symbol + " " + y.repr() + " makes a types.UnionType (PEP 604), which the model does not have");
        }
        if (isInteger(x) && isInteger(y)) {
            if (x instanceof PyBool && y instanceof PyBool) {
                return heap.newBool(((PyBool) x).value() | ((PyBool) y).value());
            }
            BigInteger bits = Equality.integerOf(x).or(Equality.integerOf(y));
            return heap.newInt(bits);
        }
        if (x instanceof PyAnySet && y instanceof PyAnySet) {
            PyAnySet left = (PyAnySet) x;
            if (left.kind() == Kind.SET) {
                PySet union = heap.newSet(left.elements().toArray(new PyObject[0]));
                EqualKeys.addNewElements(union, ((PyAnySet) y).elements());
                return union;
            }
            List<PyObject> elements = new ArrayList<>(left.elements());
            for (PyObject e : ((PyAnySet) y).elements()) {
                if (Equality.indexOfEqual(elements, e) < 0) {
                    elements.add(e);
                }
            }
            return heap.newFrozenSet(elements.toArray(new PyObject[0]));
        }
        if (x instanceof PyDict && y instanceof PyDict) {
            PyDict merged = heap.newDict();
            EqualKeys.update(merged, (PyDict) x);
            EqualKeys.update(merged, (PyDict) y);
            return merged;
        }
        throw unsupported(symbol, x, y);
    }

    /** type.__or__: a class with a class or None makes a union ({@code int | None}); None | None does not. */
    private static boolean makesUnion(PyObject x, PyObject y) {
        boolean xType = x.kind() == Kind.CLASS || x.kind() == Kind.NONE;
        boolean yType = y.kind() == Kind.CLASS || y.kind() == Kind.NONE;
        return xType && yType && (x.kind() == Kind.CLASS || y.kind() == Kind.CLASS);
    }

    private static boolean isInteger(PyObject obj) {
        return obj.kind() == Kind.INT || obj.kind() == Kind.BOOL;
    }

    private static PyException canOnlyConcatenate(PyObject x, PyObject y) {
        return new PyException("TypeError",
                "can only concatenate " + x.typeName() + " (not \"" + y.typeName() + "\") to " + x.typeName());
    }

    private static PyException cantConcat(PyObject y, PyObject x) {
        return new PyException("TypeError", "can't concat " + y.typeName() + " to " + x.typeName());
    }

    private static PyException unsupported(String symbol, PyObject x, PyObject y) {
        return new PyException("TypeError",
                "unsupported operand type(s) for " + symbol + ": '" + x.typeName() + "' and '" + y.typeName() + "'");
    }
}
