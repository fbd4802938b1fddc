package pymem.model.snippet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import pymem.model.Heap;
import pymem.model.Namespace;
import pymem.model.PyCell;
import pymem.model.PyClass;
import pymem.model.PyException;
import pymem.model.PyFunction;
import pymem.model.PyInstance;
import pymem.model.PyInt;
import pymem.model.PyList;
import pymem.model.PyObject;
import pymem.model.snippet.Node.Expr;
import pymem.model.snippet.Node.Stmt;

/**
 * Runs a snippet: parse, collect the blocks, let the {@link ScopeAnalyzer} classify every name, then
 * execute. The evaluator never decides where a name lives: every load, store and delete of a name goes to
 * the {@link NameAccess}, and every frame and closure comes from the {@link FrameFactory}.
 *
 * <pre>
 *   Transcript t = new Interpreter(symbolTable, names, frames).run("x = 5\nprint(x)\n");
 *   t.output()    // "5\n"
 * </pre>
 */
public final class Interpreter {
    /** Deep recursion in a snippet must end as Python's does, not as a Java StackOverflowError. */
    private static final int MAX_DEPTH = 200;

    private final ScopeAnalyzer analyzer;
    private final NameAccess names;
    private final FrameFactory frames;
    private final Heap heap = new Heap();
    private final Values values = new Values(heap);
    private final StringBuilder out = new StringBuilder();
    private Map<Node, Block> blocks;
    private int depth;

    public Interpreter(ScopeAnalyzer analyzer, NameAccess names, FrameFactory frames) {
        this.analyzer = analyzer;
        this.names = names;
        this.frames = frames;
    }

    /** Parses and collects the blocks of {@code source} without classifying them (for symbol-table tests). */
    public static Block blocksOf(String source) {
        Node.Module module = Parser.parse(source);
        return BlockCollector.collect(module).get(module);
    }

    /** Parses {@code source} and runs the symbol table over it; returns the classified module block. */
    public Block analyze(String source) {
        Node.Module module = Parser.parse(source);
        Map<Node, Block> found = BlockCollector.collect(module);
        analyzer.analyze(found.get(module));
        return found.get(module);
    }

    /**
     * Runs {@code source} as a module and returns what it printed and the Python exception that ended it, if
     * any. A SyntaxError from the symbol table ends the run before anything executes, as in CPython.
     */
    public Transcript run(String source) {
        out.setLength(0);
        depth = 0;
        try {
            Node.Module module = Parser.parse(source);
            blocks = BlockCollector.collect(module);
            Block top = blocks.get(module);
            analyzer.analyze(top);
            Namespace globals = new Namespace("__main__");
            Frame frame = frames.enter(top, globals, Builtins.create(heap, values, out), List.of());
            execute(module.body(), frame);
            return new Transcript(out.toString(), null);
        } catch (PyException e) {
            return new Transcript(out.toString(), e);
        }
    }

    // ---- statements -----------------------------------------------------------------------------------

    /** Thrown by {@code return}; carries the value up to the call. Not an error: no stack trace. */
    private static final class ReturnSignal extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient PyObject value;

        ReturnSignal(PyObject value) {
            super(null, null, false, false);
            this.value = value;
        }
    }

    private void execute(List<Stmt> body, Frame f) {
        for (Stmt s : body) {
            execute(s, f);
        }
    }

    private void execute(Stmt s, Frame f) {
        if (s instanceof Node.ExprStmt e) {
            eval(e.value(), f);
        } else if (s instanceof Node.Assign a) {
            PyObject value = eval(a.value(), f);
            a.targets().forEach(t -> names.store(f, t, value));
        } else if (s instanceof Node.AugAssign a) {
            PyObject current = names.load(f, a.target());
            names.store(f, a.target(), values.binary(a.op(), current, eval(a.value(), f)));
        } else if (s instanceof Node.Delete d) {
            d.targets().forEach(t -> names.delete(f, t));
        } else if (s instanceof Node.Return r) {
            throw new ReturnSignal(r.value() == null ? values.none : eval(r.value(), f));
        } else if (s instanceof Node.FunctionDef d) {
            names.store(f, d.name(), function(d, d.name(), d.params(), f));
        } else if (s instanceof Node.ClassDef c) {
            names.store(f, c.name(), classBody(c, f));
        } else if (s instanceof Node.For loop) {
            for (PyObject item : values.iterate(eval(loop.iter(), f))) {
                names.store(f, loop.target(), item);
                execute(loop.body(), f);
            }
        } else if (s instanceof Node.If i) {
            execute(values.truthy(eval(i.test(), f)) ? i.body() : i.orelse(), f);
        }
        // Global, Nonlocal, Pass: nothing happens at run time; declarations only matter to the symbol table
    }

    /** {@code def} or {@code lambda}: defaults evaluated now, the closure captured now, the body run per call. */
    private PyFunction function(Node node, String name, List<Node.Param> params, Frame f) {
        Block block = blocks.get(node);
        List<PyObject> defaults = new ArrayList<>();
        for (Node.Param p : params) {
            if (p.defaultValue() != null) {
                defaults.add(eval(p.defaultValue(), f));
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
                return eval(l.body(), callee);
            }
            execute(((Node.FunctionDef) node).body(), callee);
            return values.none;
        } catch (ReturnSignal r) {
            return r.value;
        } finally {
            depth--;
        }
    }

    /** A class body runs once, in its own frame; what it bound becomes the class's attributes. */
    private PyClass classBody(Node.ClassDef c, Frame f) {
        Block block = blocks.get(c);
        Frame body = frames.enter(block, f.globals(), f.builtins(), frames.closureFor(f, block));
        execute(c.body(), body);
        PyClass cls = heap.newClass(c.name());
        body.locals().bindings().forEach(cls::setAttribute);
        return cls;
    }

    // ---- expressions ----------------------------------------------------------------------------------

    private PyObject eval(Expr e, Frame f) {
        if (e instanceof Node.Name n) {
            return names.load(f, n.id());
        }
        if (e instanceof Node.Constant c) {
            return values.constant(c.value());
        }
        if (e instanceof Node.ListDisplay l) {
            List<PyObject> items = new ArrayList<>();
            l.items().forEach(i -> items.add(eval(i, f)));
            return values.list(items);
        }
        if (e instanceof Node.ListComp c) {
            return comprehension(c, f);
        }
        if (e instanceof Node.Lambda l) {
            return function(l, "<lambda>", l.params(), f);
        }
        if (e instanceof Node.Call c) {
            PyObject fn = eval(c.func(), f);
            List<PyObject> args = new ArrayList<>();
            c.args().forEach(a -> args.add(eval(a, f)));
            return call(fn, args);
        }
        if (e instanceof Node.Attribute a) {
            return attribute(eval(a.value(), f), a.attr());
        }
        if (e instanceof Node.Subscript s) {
            return subscript(eval(s.value(), f), eval(s.index(), f));
        }
        if (e instanceof Node.BinOp o) {
            return values.binary(o.op(), eval(o.left(), f), eval(o.right(), f));
        }
        if (e instanceof Node.Compare o) {
            return values.compare(o.op(), eval(o.left(), f), eval(o.right(), f));
        }
        return values.binary("*", values.constant(-1L), eval(((Node.Negate) e).operand(), f));
    }

    /** In 3.11 a comprehension is a function called at once with the first iterable as its argument {@code .0}. */
    private PyObject comprehension(Node.ListComp c, Frame f) {
        Block block = blocks.get(c);
        PyObject first = eval(c.generators().get(0).iter(), f);
        Frame inner = frames.enter(block, f.globals(), f.builtins(), frames.closureFor(f, block));
        names.store(inner, ".0", first);
        List<PyObject> result = new ArrayList<>();
        generate(c, 0, inner, result);
        return values.list(result);
    }

    private void generate(Node.ListComp c, int level, Frame inner, List<PyObject> result) {
        Node.Comprehension g = c.generators().get(level);
        PyObject iterable = level == 0 ? names.load(inner, ".0") : eval(g.iter(), inner);
        for (PyObject item : values.iterate(iterable)) {
            names.store(inner, g.target(), item);
            if (g.ifs().stream().allMatch(cond -> values.truthy(eval(cond, inner)))) {
                if (level + 1 < c.generators().size()) {
                    generate(c, level + 1, inner, result);
                } else {
                    result.add(eval(c.element(), inner));
                }
            }
        }
    }

    private PyObject call(PyObject fn, List<PyObject> args) {
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
    private PyObject attribute(PyObject target, String attr) {
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

    private PyObject subscript(PyObject target, PyObject index) {
        if (target instanceof PyList l && index instanceof PyInt i) {
            long k = i.longValue();
            return l.get((int) (k < 0 ? k + l.size() : k));
        }
        throw new PyException("TypeError", "'" + target.typeName() + "' object is not subscriptable");
    }
}
