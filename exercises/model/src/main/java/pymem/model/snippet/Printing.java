package pymem.model.snippet;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import pymem.model.PyClass;
import pymem.model.PyFunction;
import pymem.model.PyInstance;
import pymem.model.PyList;
import pymem.model.PyObject;
import pymem.model.PyStr;

/**
 * {@code str()} and {@code repr()} of snippet objects, as CPython 3.11 prints them. Functions and classes
 * show their qualified name ({@code <function f.<locals>.g at 0x...>}, {@code <class '__main__.C'>}), so
 * this class remembers the qualified name of every function and class a snippet makes, which methods are
 * bound to which instance, and which functions are builtins.
 */
final class Printing {
    private final Values values;
    private final Map<PyObject, String> qualnames = new IdentityHashMap<>();
    /** A bound method (the function {@code obj.m} evaluates to) and the instance it is bound to. */
    private final Map<PyObject, PyInstance> boundTo = new IdentityHashMap<>();
    private final Set<PyObject> builtins = Collections.newSetFromMap(new IdentityHashMap<>());
    /** The lists being printed right now: a list inside itself prints as {@code [...]}. */
    private final Set<PyObject> printing = Collections.newSetFromMap(new IdentityHashMap<>());

    Printing(Values values) {
        this.values = values;
    }

    /** Records the {@code __qualname__} of a function or class the snippet made. */
    void named(PyObject functionOrClass, String qualname) {
        qualnames.put(functionOrClass, qualname);
    }

    void bound(PyFunction boundMethod, PyFunction method, PyInstance self) {
        qualnames.put(boundMethod, qualname(method));
        boundTo.put(boundMethod, self);
    }

    void builtin(PyFunction function) {
        builtins.add(function);
    }

    /** The {@code __qualname__} of a function or class: {@code C.m}, {@code f.<locals>.g}, {@code <lambda>}. */
    String qualname(PyObject o) {
        String known = qualnames.get(o);
        if (known != null) {
            return known;
        }
        return o instanceof PyClass c ? c.name() : ((PyFunction) o).name();
    }

    /** {@code str(o)}: what {@code print} shows. */
    String str(PyObject o) {
        return o instanceof PyStr s ? s.value() : repr(o);
    }

    String repr(PyObject o) {
        if (o instanceof PyStr s) {
            return quoted(s.value());
        }
        if (values.isRange(o)) {
            return values.rangeRepr(o);
        }
        if (o instanceof PyList l) {
            if (!printing.add(l)) {
                return "[...]";
            }
            try {
                return l.items().stream().map(this::repr).collect(Collectors.joining(", ", "[", "]"));
            } finally {
                printing.remove(l);
            }
        }
        if (o instanceof PyClass c) {
            return "<class '__main__." + qualname(c) + "'>";
        }
        if (o instanceof PyInstance i) {
            return "<__main__." + qualname(i.cls()) + " object at " + address(i) + ">";
        }
        if (o instanceof PyFunction f) {
            if (builtins.contains(f)) {
                return "<built-in function " + f.name() + ">";
            }
            if (boundTo.containsKey(f)) {
                return "<bound method " + qualname(f) + " of " + repr(boundTo.get(f)) + ">";
            }
            return "<function " + qualname(f) + " at " + address(f) + ">";
        }
        return o.repr();
    }

    private static String address(PyObject o) {
        return "0x" + Long.toHexString(o.address());
    }

    /** Python's repr of a str: single quotes unless the text has a single quote and no double quote. */
    static String quoted(String text) {
        char quote = text.indexOf('\'') >= 0 && text.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder sb = new StringBuilder().append(quote);
        text.codePoints().forEach(c -> {
            if (c == quote || c == '\\') {
                sb.append('\\').appendCodePoint(c);
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < 0x20 || c == 0x7f) {
                sb.append(String.format("\\x%02x", c));
            } else {
                sb.appendCodePoint(c);
            }
        });
        return sb.append(quote).toString();
    }
}
