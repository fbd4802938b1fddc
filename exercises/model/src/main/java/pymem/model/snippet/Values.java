package pymem.model.snippet;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import pymem.model.Heap;
import pymem.model.PyBool;
import pymem.model.PyClass;
import pymem.model.PyException;
import pymem.model.PyFunction;
import pymem.model.PyInt;
import pymem.model.PyList;
import pymem.model.PyNone;
import pymem.model.PyObject;
import pymem.model.PyStr;

/** The few value operations snippets need: arithmetic, comparison, truth and {@code str()}, with Python's TypeErrors. */
final class Values {
    private final Heap heap;
    final PyNone none;
    final PyBool trueObj;
    final PyBool falseObj;

    Values(Heap heap) {
        this.heap = heap;
        this.none = heap.newNone();
        this.trueObj = heap.newBool(true);
        this.falseObj = heap.newBool(false);
    }

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

    boolean truthy(PyObject o) {
        if (o instanceof PyBool b) {
            return b.value();
        }
        if (o instanceof PyInt i) {
            return i.value().signum() != 0;
        }
        if (o instanceof PyStr s) {
            return !s.value().isEmpty();
        }
        if (o instanceof PyList l) {
            return l.size() > 0;
        }
        return !(o instanceof PyNone);
    }

    /** {@code str(o)}: what print shows. */
    String str(PyObject o) {
        if (o instanceof PyStr s) {
            return s.value();
        }
        if (o instanceof PyList l) {
            return l.items().stream().map(this::repr).collect(Collectors.joining(", ", "[", "]"));
        }
        if (o instanceof PyClass c) {
            return "<class '__main__." + c.name() + "'>";
        }
        return o.repr();
    }

    String repr(PyObject o) {
        return o instanceof PyList ? str(o) : o.repr();
    }

    PyObject binary(String op, PyObject a, PyObject b) {
        if (a instanceof PyInt x && b instanceof PyInt y) {
            switch (op) {
                case "+": return heap.newInt(x.value().add(y.value()));
                case "-": return heap.newInt(x.value().subtract(y.value()));
                default: return heap.newInt(x.value().multiply(y.value()));
            }
        }
        if (op.equals("+") && a instanceof PyStr x && b instanceof PyStr y) {
            return heap.newStr(x.value() + y.value());
        }
        if (op.equals("+") && a instanceof PyList x && b instanceof PyList y) {
            List<PyObject> items = new ArrayList<>(x.items());
            items.addAll(y.items());
            return heap.newList(items);
        }
        if (op.equals("*") && a instanceof PyStr x && b instanceof PyInt n) {
            return heap.newStr(x.value().repeat(Math.max(0, n.value().intValueExact())));
        }
        throw new PyException("TypeError", "unsupported operand type(s) for " + op + ": '" + a.typeName() + "' and '" + b.typeName() + "'");
    }

    PyBool compare(String op, PyObject a, PyObject b) {
        if (op.equals("==") || op.equals("!=")) {
            return bool(same(a, b) == op.equals("=="));
        }
        int c;
        if (a instanceof PyInt x && b instanceof PyInt y) {
            c = x.value().compareTo(y.value());
        } else if (a instanceof PyStr x && b instanceof PyStr y) {
            c = x.value().compareTo(y.value());
        } else {
            throw new PyException("TypeError", "'" + op + "' not supported between instances of '" + a.typeName() + "' and '" + b.typeName() + "'");
        }
        switch (op) {
            case "<": return bool(c < 0);
            case ">": return bool(c > 0);
            case "<=": return bool(c <= 0);
            default: return bool(c >= 0);
        }
    }

    private boolean same(PyObject a, PyObject b) {
        if (a == b) {
            return true;
        }
        if (a instanceof PyInt x && b instanceof PyInt y) {
            return x.value().equals(y.value());
        }
        if (a instanceof PyStr x && b instanceof PyStr y) {
            return x.value().equals(y.value());
        }
        if (a instanceof PyList x && b instanceof PyList y && x.size() == y.size()) {
            for (int i = 0; i < x.size(); i++) {
                if (!same(x.get(i), y.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /** The items a for loop or comprehension walks over (snippets only iterate over lists and ranges). */
    List<PyObject> iterate(PyObject o) {
        if (o instanceof PyList l) {
            return new ArrayList<>(l.items());
        }
        throw new PyException("TypeError", "'" + o.typeName() + "' object is not iterable");
    }

    static String callableName(PyObject f) {
        return f instanceof PyFunction fn ? fn.name() : f.typeName();
    }
}
