package pymem.model.snippet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import pymem.model.Heap;
import pymem.model.PyClass;
import pymem.model.PyInt;
import pymem.model.PyList;
import pymem.model.PyException;
import pymem.model.PyObject;
import pymem.model.snippet.Node.Expr;
import pymem.model.snippet.Node.Stmt;

/**
 * The tree walker: executes statements and evaluates expressions in a {@link Frame}. Names go to the
 * {@link NameAccess}, function and class objects and calls to {@link Calls}, arithmetic to {@link Values}.
 */
final class Executor {
    private final NameAccess names;
    private final FrameFactory frames;
    private final Map<Node, Block> blocks;
    private final Heap heap;
    private final Values values;
    private final Calls calls;

    Executor(NameAccess names, FrameFactory frames, Map<Node, Block> blocks, Heap heap, Values values) {
        this.names = names;
        this.frames = frames;
        this.blocks = blocks;
        this.heap = heap;
        this.values = values;
        this.calls = new Calls(this, names, frames, heap, values);
    }

    /** The block the kit collected for a scope-making node (def, lambda, class, comprehension). */
    Block blockOf(Node node) {
        return blocks.get(node);
    }

    // ---- statements -----------------------------------------------------------------------------------

    void execute(List<Stmt> body, Frame f) {
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
            throw new Calls.ReturnSignal(r.value() == null ? values.none : eval(r.value(), f));
        } else if (s instanceof Node.FunctionDef d) {
            names.store(f, d.name(), calls.function(d, d.name(), d.params(), f));
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

    PyObject eval(Expr e, Frame f) {
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
            return calls.function(l, "<lambda>", l.params(), f);
        }
        if (e instanceof Node.Call c) {
            PyObject fn = eval(c.func(), f);
            List<PyObject> args = new ArrayList<>();
            c.args().forEach(a -> args.add(eval(a, f)));
            return calls.call(fn, args);
        }
        if (e instanceof Node.Attribute a) {
            return calls.attribute(eval(a.value(), f), a.attr());
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

    private PyObject subscript(PyObject target, PyObject index) {
        if (target instanceof PyList l && index instanceof PyInt i) {
            long k = i.longValue();
            return l.get((int) (k < 0 ? k + l.size() : k));
        }
        throw new PyException("TypeError", "'" + target.typeName() + "' object is not subscriptable");
    }
}
