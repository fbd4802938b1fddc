package pymem.model.snippet;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import pymem.model.Heap;
import pymem.model.Namespace;
import pymem.model.OutOfScopeError;
import pymem.model.PyCallable;
import pymem.model.PyException;
import pymem.model.PyFunction;
import pymem.model.PyList;
import pymem.model.PyObject;
import pymem.model.PyStr;

/**
 * The builtins namespace snippets see: {@code print}, {@code len}, {@code range}, {@code str}, {@code sum},
 * with CPython 3.11's argument errors. A {@code range} is a list that {@link Values} remembers as a range.
 */
final class Builtins {
    private final Heap heap;
    private final Values values;
    private final Printing printing;
    private final StringBuilder out;

    private Builtins(Heap heap, Values values, Printing printing, StringBuilder out) {
        this.heap = heap;
        this.values = values;
        this.printing = printing;
        this.out = out;
    }

    static Namespace create(Heap heap, Values values, Printing printing, StringBuilder out) {
        Builtins b = new Builtins(heap, values, printing, out);
        Namespace builtins = new Namespace("builtins");
        b.define(builtins, "print", b::print);
        b.define(builtins, "len", b::len);
        b.define(builtins, "range", b::range);
        b.define(builtins, "str", b::str);
        b.define(builtins, "sum", b::sum);
        return builtins;
    }

    private void define(Namespace builtins, String name, PyCallable body) {
        PyFunction f = heap.newFunction(name, body);
        printing.builtin(f);
        builtins.bind(name, f);
    }

    private PyObject print(List<PyObject> args) {
        out.append(args.stream().map(printing::str).collect(Collectors.joining(" "))).append('\n');
        return values.none;
    }

    private PyObject len(List<PyObject> args) {
        if (args.size() != 1) {
            throw new PyException("TypeError", "len() takes exactly one argument (" + args.size() + " given)");
        }
        PyObject o = args.get(0);
        if (o instanceof PyList l) {
            return heap.newInt(l.size());
        }
        if (o instanceof PyStr s) {
            return heap.newInt(s.length());
        }
        throw new PyException("TypeError", "object of type '" + values.typeName(o) + "' has no len()");
    }

    private PyObject range(List<PyObject> args) {
        if (args.isEmpty()) {
            throw new PyException("TypeError", "range expected at least 1 argument, got 0");
        }
        if (args.size() > 3) {
            throw new PyException("TypeError", "range expected at most 3 arguments, got " + args.size());
        }
        BigInteger start = args.size() > 1 ? index(args.get(0)) : BigInteger.ZERO;
        BigInteger stop = index(args.get(args.size() > 1 ? 1 : 0));
        BigInteger step = args.size() > 2 ? index(args.get(2)) : BigInteger.ONE;
        if (step.signum() == 0) {
            throw new PyException("ValueError", "range() arg 3 must not be zero");
        }
        BigInteger span = step.signum() > 0 ? stop.subtract(start) : start.subtract(stop);
        BigInteger count = span.signum() <= 0 ? BigInteger.ZERO
                : span.add(step.abs()).subtract(BigInteger.ONE).divide(step.abs());
        if (count.compareTo(BigInteger.valueOf(Values.MAX_SEQUENCE)) > 0) {
            throw new OutOfScopeError("a range of more than " + Values.MAX_SEQUENCE + " items is out of scope for snippets");
        }
        List<PyObject> items = new ArrayList<>();
        for (BigInteger i = start; items.size() < count.intValue(); i = i.add(step)) {
            items.add(heap.newInt(i));
        }
        return values.range(items, "range(" + start + ", " + stop + (step.equals(BigInteger.ONE) ? "" : ", " + step) + ")");
    }

    private BigInteger index(PyObject o) {
        BigInteger n = Values.intValue(o);
        if (n == null) {
            throw new PyException("TypeError", "'" + values.typeName(o) + "' object cannot be interpreted as an integer");
        }
        return n;
    }

    private PyObject str(List<PyObject> args) {
        if (args.size() > 1) {
            throw new OutOfScopeError("str() with an encoding is out of scope for snippets");
        }
        return heap.newStr(args.isEmpty() ? "" : printing.str(args.get(0)));
    }

    /** {@code sum(iterable, start=0)}: {@code start + item + item ...}, so its errors are those of {@code +}. */
    private PyObject sum(List<PyObject> args) {
        if (args.isEmpty()) {
            throw new PyException("TypeError", "sum() takes at least 1 positional argument (0 given)");
        }
        if (args.size() > 2) {
            throw new PyException("TypeError", "sum() takes at most 2 arguments (" + args.size() + " given)");
        }
        List<PyObject> items = values.iterate(args.get(0));
        PyObject total = args.size() == 2 ? args.get(1) : values.integer(BigInteger.ZERO);
        if (total instanceof PyStr) {
            throw new PyException("TypeError", "sum() can't sum strings [use ''.join(seq) instead]");
        }
        for (PyObject item : items) {
            total = values.binary("+", total, item);
        }
        return total;
    }
}
