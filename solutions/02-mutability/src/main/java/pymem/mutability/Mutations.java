package pymem.mutability;

import java.math.BigInteger;
import java.util.List;

import pymem.model.Kind;
import pymem.model.PyAnySet;
import pymem.model.OutOfScopeError;
import pymem.model.PyByteArray;
import pymem.model.PyClass;
import pymem.model.PyDict;
import pymem.model.PyException;
import pymem.model.PyInstance;
import pymem.model.PyList;
import pymem.model.PyObject;
import pymem.model.PySet;
import pymem.model.PyTuple;

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
        switch (container.kind()) {
            case LIST:
                List<PyObject> items = ((PyList) container).items();
                return items.get(index(container, key, items.size(), "index"));
            case TUPLE:
                PyTuple tuple = (PyTuple) container;
                return tuple.get(index(container, key, tuple.size(), "index"));
            case DICT:
                PyDict dict = (PyDict) container;
                return dict.values().get(existingKey(dict, key));
            case STR:
            case BYTES:
            case BYTEARRAY:
            case CLASS:
                throw new OutOfScopeError(container.typeName() + "[...] is out of scope");
            default:
                throw new PyException("TypeError", "'" + container.typeName() + "' object is not subscriptable");
        }
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
        switch (container.kind()) {
            case LIST:
                PyList list = (PyList) container;
                list.set(index(container, key, list.size(), "assignment index"), value);
                return;
            case BYTEARRAY:
                PyByteArray bytes = (PyByteArray) container;
                long raw = indexValue(container, key);
                // CPython 3.11 checks the byte before the index's range (GH-91153)
                int byteValue = byteValue(value);
                bytes.set(inRange(container, raw, bytes.length(), "index"), byteValue);
                return;
            case DICT:
                PyDict dict = (PyDict) container;
                Hashing.hash(key);
                EqualKeys.store(dict, key, value);
                return;
            default:
                refuseHugeSequenceIndex(container, key);
                throw new PyException("TypeError", "'" + container.typeName() + "' object does not support item assignment");
        }
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
        switch (container.kind()) {
            case LIST:
                PyList list = (PyList) container;
                list.remove(index(container, key, list.size(), "assignment index"));
                return;
            case BYTEARRAY:
                PyByteArray bytes = (PyByteArray) container;
                bytes.delete(index(container, key, bytes.length(), "index"));
                return;
            case DICT:
                PyDict dict = (PyDict) container;
                dict.remove(dict.keys().get(existingKey(dict, key)));
                return;
            default:
                break;
        }
        refuseHugeSequenceIndex(container, key);
        // CPython's wording depends on whether the type has the sequence protocol and the key is an index.
        boolean sequenceIndex = hasSequenceProtocol(container.kind()) && isIndex(key);
        String verb = sequenceIndex ? "doesn't" : "does not";
        throw new PyException("TypeError", "'" + container.typeName() + "' object " + verb + " support item deletion");
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
        if (obj instanceof PyByteArray) {
            ((PyByteArray) obj).extend(new byte[] {(byte) byteValue(item)});
            return;
        }
        if (!(obj instanceof PyList)) {
            throw noAttribute(obj, "append");
        }
        ((PyList) obj).append(item);
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
        if (obj.kind() != Kind.SET) {
            throw noAttribute(obj, "add");
        }
        Hashing.hash(element);
        PySet set = (PySet) obj;
        if (Equality.indexOfEqual(set.elements(), element) < 0) {
            set.add(element);
        }
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
        switch (obj.kind()) {
            case INSTANCE:
                PyInstance instance = (PyInstance) obj;
                List<String> slots = instance.cls().slots();
                if (slots != null && !slots.contains(name)) {
                    throw noAttribute(obj, name);
                }
                instance.setAttribute(name, value);
                return;
            case CLASS:
                ((PyClass) obj).setAttribute(name, value);
                return;
            case FUNCTION:
                throw new OutOfScopeError("setting attributes of a function is out of scope (its __dict__ is not modelled)");
            default:
                throw noAttribute(obj, name);
        }
    }

    /**
     * {@code T.name = value} where {@code T} is the built-in type of this kind ({@code int.x = 1},
     * {@code object.x = 1}, {@code type.x = 1}): built-in types are immutable, so this always raises.
     *
     * @throws PyException TypeError {@code cannot set 'x' attribute of immutable type 'int'}
     */
    public static void setBuiltinTypeAttribute(Kind type, String name, PyObject value) {
        throw new PyException("TypeError", "cannot set '" + name + "' attribute of immutable type '" + type.pythonName() + "'");
    }

    /** CPython's AttributeError: a class names itself ({@code type object 'P' ...}), any other object its type. */
    private static PyException noAttribute(PyObject obj, String name) {
        String owner = obj instanceof PyClass ? "type object '" + ((PyClass) obj).name() + "'" : "'" + obj.typeName() + "' object";
        return new PyException("AttributeError", owner + " has no attribute '" + name + "'");
    }

    /**
     * PyObject_SetItem and PyObject_DelItem on a type with the sequence protocol convert an int key to a machine
     * word before they find the type cannot store or delete: a key too big for one fails there first.
     */
    private static void refuseHugeSequenceIndex(PyObject container, PyObject key) {
        if (hasSequenceProtocol(container.kind()) && isIndex(key)) {
            machineWord(key);
        }
    }

    /** PyNumber_AsSsize_t(key, IndexError): the int as a machine word, or the IndexError CPython raises. */
    private static long machineWord(PyObject key) {
        BigInteger i = Equality.integerOf(key);
        if (i.bitLength() > 63) {
            throw new PyException("IndexError", "cannot fit '" + key.typeName() + "' into an index-sized integer");
        }
        return i.longValue();
    }

    /** Types whose CPython type object fills tp_as_sequence (heap types, i.e. user classes, always do). */
    private static boolean hasSequenceProtocol(Kind kind) {
        switch (kind) {
            case STR:
            case BYTES:
            case TUPLE:
            case SET:
            case FROZENSET:
            case INSTANCE:
                return true;
            default:
                return false;
        }
    }

    private static boolean isIndex(PyObject key) {
        return key.kind() == Kind.INT || key.kind() == Kind.BOOL;
    }

    /** A checked position: negative counts from the end; {@code what} words the IndexError. */
    private static int index(PyObject container, PyObject key, int size, String what) {
        return inRange(container, indexValue(container, key), size, what);
    }

    /** The key as a machine-word index, or CPython's TypeError (not an int) or IndexError (too big). */
    private static long indexValue(PyObject container, PyObject key) {
        if (!isIndex(key)) {
            throw new PyException("TypeError",
                    container.typeName() + " indices must be integers or slices, not " + key.typeName());
        }
        return machineWord(key);
    }

    /** The position {@code i} stands for in a sequence of {@code size}, or the IndexError. */
    private static int inRange(PyObject container, long index, int size, String what) {
        long i = index;
        if (i < 0) {
            i += size;
        }
        if (i < 0 || i >= size) {
            throw new PyException("IndexError", container.typeName() + " " + what + " out of range");
        }
        return (int) i;
    }

    private static int byteValue(PyObject value) {
        if (!isIndex(value)) {
            throw new PyException("TypeError", "'" + value.typeName() + "' object cannot be interpreted as an integer");
        }
        BigInteger v = Equality.integerOf(value);
        if (v.signum() < 0 || v.compareTo(BigInteger.valueOf(255)) > 0) {
            throw new PyException("ValueError", "byte must be in range(0, 256)");
        }
        return v.intValueExact();
    }

    /** The position of the key equal to {@code key}; raises KeyError(repr) when there is none. */
    private static int existingKey(PyDict dict, PyObject key) {
        Hashing.hash(key);
        int at = Equality.indexOfEqual(dict.keys(), key);
        if (at < 0) {
            if (listsASetOfSeveral(key)) {
                // the message is the key's repr, which lists a set's elements in CPython's hash table order
                throw new OutOfScopeError("a KeyError whose key holds a set of two or more elements is out of scope "
                        + "(its repr lists them in CPython's hash table order)");
            }
            throw new PyException("KeyError", key.repr());
        }
        return at;
    }

    /** The repr of {@code o} lists the elements of a set or frozenset of two or more. */
    private static boolean listsASetOfSeveral(PyObject o) {
        if (o instanceof PyAnySet set) {
            return set.size() > 1 || set.elements().stream().anyMatch(Mutations::listsASetOfSeveral);
        }
        return o instanceof PyTuple t && t.items().stream().anyMatch(Mutations::listsASetOfSeveral);
    }
}
