package pymem.model.snippet;

import java.util.ArrayList;
import java.util.List;

import pymem.model.Heap;
import pymem.model.Namespace;
import pymem.model.OutOfScopeError;
import pymem.model.PyCell;
import pymem.model.PyClass;
import pymem.model.PyException;
import pymem.model.PyFunction;
import pymem.model.PyInstance;
import pymem.model.PyNone;
import pymem.model.PyObject;

/**
 * Functions and calls: making a function object from a {@code def} or {@code lambda}, binding a call's
 * arguments to its parameters with CPython's arity errors, running its body in a new frame, calling a
 * class, and looking up attributes (a method found through an instance becomes a bound method).
 */
final class Calls {
    /**
     * How deep snippet calls may nest. CPython's limit is 1000 frames; the model stops earlier, where its
     * Java stack is still safe, and says so rather than raise a RecursionError CPython would not raise.
     */
    static final int MAX_DEPTH = 200;

    /** Thrown by {@code return}; carries the value up to the call. Not an error: no stack trace. */
    static final class ReturnSignal extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient PyObject value;

        ReturnSignal(PyObject value) {
            super(null, null, false, false);
            this.value = value;
        }
    }

    private final Executor executor;
    private final NameAccess names;
    private final FrameFactory frames;
    private final Heap heap;
    private final Values values;
    private final Printing printing;
    private int depth;

    Calls(Executor executor, NameAccess names, FrameFactory frames, Heap heap, Values values, Printing printing) {
        this.executor = executor;
        this.names = names;
        this.frames = frames;
        this.heap = heap;
        this.values = values;
        this.printing = printing;
    }

    /** {@code def} or {@code lambda}: defaults evaluated now, the closure captured now, the body run per call. */
    PyFunction function(Node node, String name, String qualname, List<Node.Param> params, Frame f) {
        Block block = executor.blockOf(node);
        List<PyObject> defaults = new ArrayList<>();
        for (Node.Param p : params) {
            if (p.defaultValue() != null) {
                defaults.add(executor.eval(p.defaultValue(), f));
            }
        }
        List<PyCell> closure = frames.closureFor(f, block);
        Namespace globals = f.globals();
        Namespace builtins = f.builtins();
        PyFunction[] self = new PyFunction[1];
        self[0] = heap.register(new PyFunction(name, args -> {
            Frame callee = frames.enter(block, globals, builtins, self[0].closure());
            bindArguments(qualname, block.parameters(), self[0].defaults(), args, callee);
            return run(node, callee);
        }, defaults, closure));
        printing.named(self[0], qualname);
        return self[0];
    }

    /** Positional arguments to parameters, then defaults; CPython's TypeErrors name the function by its qualname. */
    private void bindArguments(String qualname, List<String> params, List<PyObject> defaults, List<PyObject> args, Frame callee) {
        int required = params.size() - defaults.size();
        if (args.size() > params.size()) {
            String takes = defaults.isEmpty() ? String.valueOf(params.size()) : "from " + required + " to " + params.size();
            throw new PyException("TypeError", qualname + "() takes " + takes + " positional argument"
                    + (params.size() == 1 && defaults.isEmpty() ? "" : "s") + " but " + args.size()
                    + (args.size() == 1 ? " was" : " were") + " given");
        }
        if (args.size() < required) {
            List<String> missing = params.subList(args.size(), required).stream().map(p -> "'" + p + "'").toList();
            throw new PyException("TypeError", qualname + "() missing " + missing.size() + " required positional argument"
                    + (missing.size() == 1 ? "" : "s") + ": " + englishList(missing));
        }
        for (int i = 0; i < params.size(); i++) {
            names.store(callee, params.get(i), i < args.size() ? args.get(i) : defaults.get(i - required));
        }
    }

    /** {@code 'a'}, {@code 'a' and 'b'}, {@code 'a', 'b', and 'c'}: how CPython lists missing arguments. */
    private static String englishList(List<String> items) {
        if (items.size() <= 2) {
            return String.join(" and ", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + ", and " + items.get(items.size() - 1);
    }

    private PyObject run(Node node, Frame callee) {
        if (depth >= MAX_DEPTH) {
            throw new OutOfScopeError("calls nested more than " + MAX_DEPTH
                    + " deep are out of scope for snippets (CPython's limit is 1000)");
        }
        depth++;
        try {
            if (node instanceof Node.Lambda l) {
                return executor.eval(l.body(), callee);
            }
            executor.execute(((Node.FunctionDef) node).body(), callee);
            return values.none;
        } catch (ReturnSignal r) {
            return r.value;
        } finally {
            depth--;
        }
    }

    PyObject call(PyObject fn, List<PyObject> args) {
        if (fn instanceof PyFunction function) {
            return function.call(args);
        }
        if (fn instanceof PyClass cls) {
            return instantiate(cls, args);
        }
        throw new PyException("TypeError", "'" + values.typeName(fn) + "' object is not callable");
    }

    /** {@code C(args)}: a new instance, then {@code __init__} if the class has one, which must return None. */
    private PyObject instantiate(PyClass cls, List<PyObject> args) {
        PyInstance obj = heap.newInstance(cls);
        if (cls.lookup("__init__") == null) {
            if (!args.isEmpty()) {
                throw new PyException("TypeError", cls.name() + "() takes no arguments");
            }
            return obj;
        }
        PyObject result = call(attribute(obj, "__init__"), args);
        if (!(result instanceof PyNone)) {
            throw new PyException("TypeError", "__init__() should return None, not '" + values.typeName(result) + "'");
        }
        return obj;
    }

    /** {@code C.attr} or {@code obj.attr}; a function found on an instance's class becomes a bound method. */
    PyObject attribute(PyObject target, String attr) {
        if (target instanceof PyClass cls && cls.lookup(attr) != null) {
            return cls.lookup(attr);
        }
        if (target instanceof PyInstance obj) {
            PyObject own = obj.getAttribute(attr);
            if (own != null) {
                return own;
            }
            PyObject found = obj.cls().lookup(attr);
            if (found instanceof PyFunction method) {
                return boundMethod(method, obj);
            }
            if (found != null) {
                return found;
            }
        }
        if (values.isRange(target)) {
            throw new OutOfScopeError("the attributes of a range (start, stop, step, index, count) are out of scope for snippets");
        }
        if (attr.startsWith("__") && attr.endsWith("__")) {
            throw new OutOfScopeError("the special attribute " + attr + " is out of scope for snippets");
        }
        String owner = target instanceof PyClass cls ? "type object '" + cls.name() + "'" : "'" + values.typeName(target) + "' object";
        throw new PyException("AttributeError", owner + " has no attribute '" + attr + "'");
    }

    private PyFunction boundMethod(PyFunction method, PyInstance self) {
        PyFunction bound = heap.newFunction(method.name(), args -> {
            List<PyObject> withSelf = new ArrayList<>(List.of(self));
            withSelf.addAll(args);
            return method.call(withSelf);
        });
        printing.bound(bound, method, self);
        return bound;
    }
}
