package pymem.mutability;

import java.math.BigInteger;
import java.util.List;

import pymem.model.Kind;
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
     *     TypeError {@code list indices must be integers or slices, not str} for a non-int index;
     *     TypeError {@code unhashable type: 'list'} for an unhashable dict key; KeyError whose message is the
     *     key's repr when no equal key is present; TypeError {@code 'int' object is not subscriptable} for
     *     numbers, None, sets, frozensets, instances, functions and cells
     * @throws IllegalArgumentException for str, bytes, bytearray and classes (out of scope)
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
                throw new IllegalArgumentException(container.typeName() + "[...] is out of scope");
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
     *     TypeError {@code list indices must be integers or slices, not str} (or bytearray); ValueError
     *     {@code byte must be in range(0, 256)}; TypeError {@code 'str' object cannot be interpreted as an
     *     integer} for a non-int byte; TypeError {@code unhashable type: 'list'} for an unhashable dict key
     */
    public static void setItem(PyObject container, PyObject key, PyObject value) {
        switch (container.kind()) {
            case LIST:
                PyList list = (PyList) container;
                list.set(index(container, key, list.size(), "assignment index"), value);
                return;
            case BYTEARRAY:
                PyByteArray bytes = (PyByteArray) container;
                int at = index(container, key, bytes.length(), "index");
                bytes.set(at, byteValue(value));
                return;
            case DICT:
                PyDict dict = (PyDict) container;
                Hashing.hash(key);
                EqualKeys.store(dict, key, value);
                return;
            default:
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
     *     key's repr; TypeError {@code unhashable type: 'list'} for an unhashable dict key
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
        // CPython's wording depends on whether the type has the sequence protocol and the key is an index.
        boolean sequenceIndex = hasSequenceProtocol(container.kind()) && isIndex(key);
        String verb = sequenceIndex ? "doesn't" : "does not";
        throw new PyException("TypeError", "'" + container.typeName() + "' object " + verb + " support item deletion");
    }

    /**
     * {@code obj.append(item)}: a list grows by one, in place.
     *
     * @throws PyException AttributeError {@code 'tuple' object has no attribute 'append'} for anything but a list
     */
    public static void append(PyObject obj, PyObject item) {
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
     *     a set; TypeError {@code unhashable type: 'list'} when the element is unhashable
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
     *     for instances of built-in types, and for a name not in a {@code __slots__} class's slots
     * @throws IllegalArgumentException for functions and cells (out of scope)
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
            case CELL:
                throw new IllegalArgumentException("setting attributes of a " + obj.typeName() + " is out of scope");
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

    private static PyException noAttribute(PyObject obj, String name) {
        return new PyException("AttributeError", "'" + obj.typeName() + "' object has no attribute '" + name + "'");
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
        if (!isIndex(key)) {
            throw new PyException("TypeError",
                    container.typeName() + " indices must be integers or slices, not " + key.typeName());
        }
        BigInteger i = Equality.integerOf(key);
        if (i.signum() < 0) {
            i = i.add(BigInteger.valueOf(size));
        }
        if (i.signum() < 0 || i.compareTo(BigInteger.valueOf(size)) >= 0) {
            throw new PyException("IndexError", container.typeName() + " " + what + " out of range");
        }
        return i.intValueExact();
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
            throw new PyException("KeyError", key.repr());
        }
        return at;
    }
}
