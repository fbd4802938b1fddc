package pymem.model.snippet;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import pymem.model.Heap;
import pymem.model.Namespace;
import pymem.model.PyException;
import pymem.model.PyInt;
import pymem.model.PyList;
import pymem.model.PyObject;
import pymem.model.PyStr;

/**
 * The builtins namespace snippets see: {@code print}, {@code len}, {@code range}, {@code str}, {@code sum}.
 * {@code range} returns a list here (the subset only iterates over it: never print a range).
 */
final class Builtins {
    private Builtins() {
    }

    static Namespace create(Heap heap, Values values, StringBuilder out) {
        Namespace b = new Namespace("builtins");
        define(b, heap, "print", args -> {
            out.append(args.stream().map(values::str).collect(Collectors.joining(" "))).append('\n');
            return values.none;
        });
        define(b, heap, "len", args -> {
            PyObject o = one("len", args);
            if (o instanceof PyList l) {
                return heap.newInt(l.size());
            }
            if (o instanceof PyStr s) {
                return heap.newInt(s.length());
            }
            throw new PyException("TypeError", "object of type '" + o.typeName() + "' has no len()");
        });
        define(b, heap, "range", args -> {
            long start = args.size() > 1 ? asLong(args.get(0)) : 0;
            long stop = asLong(args.get(args.size() > 1 ? 1 : 0));
            List<PyObject> items = new ArrayList<>();
            for (long i = start; i < stop; i++) {
                items.add(heap.newInt(i));
            }
            return heap.newList(items);
        });
        define(b, heap, "str", args -> heap.newStr(values.str(one("str", args))));
        define(b, heap, "sum", args -> {
            BigInteger total = BigInteger.ZERO;
            for (PyObject o : values.iterate(one("sum", args))) {
                total = total.add(((PyInt) o).value());
            }
            return values.integer(total);
        });
        return b;
    }

    private static void define(Namespace b, Heap heap, String name, pymem.model.PyCallable body) {
        b.bind(name, heap.newFunction(name, body));
    }

    private static PyObject one(String name, List<PyObject> args) {
        if (args.size() != 1) {
            throw new PyException("TypeError", name + "() takes exactly one argument (" + args.size() + " given)");
        }
        return args.get(0);
    }

    private static long asLong(PyObject o) {
        if (o instanceof PyInt i) {
            return i.longValue();
        }
        throw new PyException("TypeError", "'" + o.typeName() + "' object cannot be interpreted as an integer");
    }
}
