package pymem.mutability;

import pymem.model.Heap;
import pymem.model.PyException;
import pymem.model.PyObject;

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
        throw new UnsupportedOperationException("TODO task 4: Operators.add");
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
        throw new UnsupportedOperationException("TODO task 4: Operators.or");
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
        throw new UnsupportedOperationException("TODO task 4: Operators.inplaceAdd");
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
        throw new UnsupportedOperationException("TODO task 4: Operators.inplaceOr");
    }
}
