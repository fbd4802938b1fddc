package pymem.model.snippet;

import java.util.ArrayList;
import java.util.List;

import pymem.model.Heap;
import pymem.model.Namespace;
import pymem.model.PyCell;
import pymem.model.PyClass;
import pymem.model.PyException;
import pymem.model.PyFunction;
import pymem.model.PyInstance;
import pymem.model.PyObject;

/**
 * Functions and calls: making a function object from a {@code def} or {@code lambda}, binding a call's
 * arguments to its parameters, running its body in a new frame, calling a class, and looking up attributes
 * (where a method found through an instance becomes a bound method).
 */
final class Calls {
    /** Deep recursion in a snippet must end as Python's does, not as a Java StackOverflowError. */
    private static final int MAX_DEPTH = 200;

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
    private int depth;

    Calls(Executor executor, NameAccess names, FrameFactory frames, Heap heap, Values values) {
        this.executor = executor;
        this.names = names;
        this.frames = frames;
        this.heap = heap;
        this.values = values;
    }

    /** {@code def} or {@code lambda}: defaults evaluated now, the closure captured now, the body run per call. */
    PyFunction function(Node node, String name, List<Node.Param> params, Frame f) {
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
            bindArguments(self[0], params, args, callee);
            return run(node, callee);
        }, defaults, closure));
        return self[0];
    }

    private void bindArguments(PyFunction fn, List<Node.Param> params, List<PyObject> args, Frame callee) {
        if (args.size() > params.size()) {
            throw new PyException("TypeError", fn.name() + "() takes " + params.size() + " positional argument"
                    + (params.size() == 1 ? "" : "s") + " but " + args.size() + " were given");
        }
        int firstDefault = params.size() - fn.defaults().size();
        for (int i = 0; i < params.size(); i++) {
            String p = params.get(i).name();
            if (i >= args.size() && i < firstDefault) {
                throw new PyException("TypeError", fn.name() + "() missing 1 required positional argument: '" + p + "'");
            }
            names.store(callee, p, i < args.size() ? args.get(i) : fn.defaults().get(i - firstDefault));
        }
    }

    private PyObject run(Node node, Frame callee) {
        if (depth >= MAX_DEPTH) {
            throw new PyException("RecursionError", "maximum recursion depth exceeded");
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
            PyInstance obj = heap.newInstance(cls);
            PyObject init = cls.lookup("__init__");
            if (init instanceof PyFunction i) {
                List<PyObject> withSelf = new ArrayList<>(List.of(obj));
                withSelf.addAll(args);
                i.call(withSelf);
            }
            return obj;
        }
        throw new PyException("TypeError", "'" + fn.typeName() + "' object is not callable");
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
                return heap.newFunction(method.name(), args -> {
                    List<PyObject> withSelf = new ArrayList<>(List.of(obj));
                    withSelf.addAll(args);
                    return method.call(withSelf);
                });
            }
            if (found != null) {
                return found;
            }
        }
        String owner = target instanceof PyClass cls ? "type object '" + cls.name() + "'" : "'" + target.typeName() + "' object";
        throw new PyException("AttributeError", owner + " has no attribute '" + attr + "'");
    }
}
