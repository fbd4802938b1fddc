package pymem.mutability;

import pymem.model.Kind;
import pymem.model.PyException;
import pymem.model.PyObject;

/**
 * The statements that change an object in place: {@code c[k] = v}, {@code del c[k]}, {@code l.append(x)},
 * {@code s.add(x)}, {@code obj.name = v}. Mutable types allow them; immutable types refuse with CPython's
 * exact error, and the object is left as it was.
 */
public final class Mutations {
    private Mutations() {
    }

    /**
     * {@code container[key]}: a list's or tuple's item at an int (or bool) index, counting from the end when
     * negative; a dict's value under the key equal ({@link Equality}) to {@code key}.
     *
     * @throws PyException IndexError {@code list index out of range} / {@code tuple index out of range};
     *     IndexError {@code cannot fit 'int' into an index-sized integer} for an int index outside the signed 64-bit range
     *     (a machine word: {@code sys.maxsize} is 2**63 - 1);
     *     TypeError {@code list indices must be integers or slices, not str} for a non-int index;
     *     TypeError {@code unhashable type: 'list'} for an unhashable dict key; KeyError whose message is the
     *     key's repr when no equal key is present; TypeError {@code 'int' object is not subscriptable} for
     *     numbers, None, sets, frozensets, instances, functions and cells
     * @throws pymem.model.OutOfScopeError for str, bytes, bytearray and classes (out of scope), and for a missing
     *     dict key whose repr lists a set or frozenset of two or more elements (CPython lists them in its hash
     *     table's order, which the model does not follow)
     */
    public static PyObject getItem(PyObject container, PyObject key) {
        throw new UnsupportedOperationException("TODO task 5: Mutations.getItem");
    }

    /**
     * {@code container[key] = value}: replaces a list item (int index, negative from the end), stores a
     * bytearray byte (an int in 0..255), or stores a dict value: when a key equal to {@code key} is present
     * its value is replaced and the first key object stays; otherwise the new pair is appended.
     *
     * @throws PyException TypeError {@code 'tuple' object does not support item assignment} (the container's
     *     type name) for every immutable type, sets, instances, classes, functions and cells;
     *     IndexError {@code list assignment index out of range} / {@code bytearray index out of range};
     *     TypeError {@code list indices must be integers or slices, not str} (or bytearray); IndexError
     *     {@code cannot fit 'int' into an index-sized integer} for an int key outside the signed 64-bit range, given to a
     *     list, a bytearray, or a type that refuses the store but has CPython's sequence protocol (str, bytes,
     *     tuple, set, frozenset, instances: CPython converts such a key before it refuses); ValueError
     *     {@code byte must be in range(0, 256)}; TypeError {@code 'str' object cannot be interpreted as an
     *     integer} for a non-int byte (a bytearray checks the byte after the index's type and size, before
     *     its range, as CPython 3.11 does); TypeError {@code unhashable type: 'list'} for an unhashable dict key
     */
    public static void setItem(PyObject container, PyObject key, PyObject value) {
        throw new UnsupportedOperationException("TODO task 5: Mutations.setItem");
    }

    /**
     * {@code del container[key]}: removes a list item or bytearray byte at an int index (negative from the
     * end), or the dict entry whose key equals {@code key}.
     *
     * @throws PyException TypeError {@code 'tuple' object doesn't support item deletion} for str, bytes,
     *     tuple, set, frozenset and instances given an int (or bool) key, and
     *     {@code 'int' object does not support item deletion} ("does not") for every other refusal: numbers,
     *     None, classes, functions, cells, or a non-int key; IndexError
     *     {@code list assignment index out of range} / {@code bytearray index out of range}; KeyError with the
     *     key's repr; TypeError {@code unhashable type: 'list'} for an unhashable dict key; IndexError
     *     {@code cannot fit 'int' into an index-sized integer} as for {@link #setItem}
     * @throws pymem.model.OutOfScopeError for a missing dict key whose repr lists a set or frozenset of two or
     *     more elements, as for {@link #getItem}
     */
    public static void delItem(PyObject container, PyObject key) {
        throw new UnsupportedOperationException("TODO task 5: Mutations.delItem");
    }

    /**
     * {@code obj.append(item)}: a list grows by one item, a bytearray by one byte (an int in 0..255), in place.
     *
     * @throws PyException AttributeError {@code 'tuple' object has no attribute 'append'} for anything but a list
     *     or bytearray, {@code type object 'P' has no attribute 'append'} for a class {@code P}; for a
     *     bytearray, ValueError {@code byte must be in range(0, 256)} and TypeError
     *     {@code 'str' object cannot be interpreted as an integer} for a non-int
     */
    public static void append(PyObject obj, PyObject item) {
        throw new UnsupportedOperationException("TODO task 5: Mutations.append");
    }

    /**
     * {@code obj.add(element)}: a set gains the element unless an equal one is already there (then nothing
     * changes).
     *
     * @throws PyException AttributeError {@code 'frozenset' object has no attribute 'add'} for anything but
     *     a set ({@code type object 'P' has no attribute 'add'} for a class {@code P}); TypeError
     *     {@code unhashable type: 'list'} when the element is unhashable
     */
    public static void add(PyObject obj, PyObject element) {
        throw new UnsupportedOperationException("TODO task 5: Mutations.add");
    }

    /**
     * {@code obj.name = value} on an instance (when its class has {@code __slots__}, only a listed name) or
     * on a user class.
     *
     * @throws PyException AttributeError {@code 'int' object has no attribute 'x'} (the object's type name)
     *     for instances of built-in types, cells included, and for a name not in a {@code __slots__} class's slots
     * @throws pymem.model.OutOfScopeError for functions (CPython stores the attribute in the function's
     *     {@code __dict__}, which the model does not have: out of scope)
     */
    public static void setAttribute(PyObject obj, String name, PyObject value) {
        throw new UnsupportedOperationException("TODO task 5: Mutations.setAttribute");
    }

    /**
     * {@code T.name = value} where {@code T} is the built-in type of this kind ({@code int.x = 1},
     * {@code object.x = 1}, {@code type.x = 1}): built-in types are immutable, so this always raises.
     *
     * @throws PyException TypeError {@code cannot set 'x' attribute of immutable type 'int'}
     */
    public static void setBuiltinTypeAttribute(Kind type, String name, PyObject value) {
        throw new UnsupportedOperationException("TODO task 5: Mutations.setBuiltinTypeAttribute");
    }
}
