package pymem.model.snippet;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import pymem.model.Heap;
import pymem.model.PyClass;
import pymem.model.PyException;
import pymem.model.PyList;
import pymem.model.PyObject;
import pymem.model.PyStr;
import pymem.model.snippet.Node.Expr;
import pymem.model.snippet.Node.Stmt;

/**
 * The tree walker: executes statements and evaluates expressions in a {@link Frame}. Every name goes to
 * the {@link NameAccess} (mangled first, as the compiler does), function and class objects and calls to
 * {@link Calls}, arithmetic to {@link Values}.
 */
final class Executor {
    private final NameAccess names;
    private final FrameFactory frames;
    private final Map<Node, Block> blocks;
    private final Heap heap;
    private final Values values;
    private final Printing printing;
    private final Calls calls;
    /** The {@code __qualname__} prefix of each block that has run: what names nested in it are qualified by. */
    private final Map<Block, String> qualnames = new IdentityHashMap<>();
    /** The comprehension blocks: unlike functions, they add no {@code <locals>} to nested qualnames. */
    private final Set<Block> comprehensions = Collections.newSetFromMap(new IdentityHashMap<>());

    Executor(NameAccess names, FrameFactory frames, Map<Node, Block> blocks, Heap heap, Values values, Printing printing) {
        this.names = names;
        this.frames = frames;
        this.blocks = blocks;
        this.heap = heap;
        this.values = values;
        this.printing = printing;
        this.calls = new Calls(this, names, frames, heap, values, printing);
    }

    /** The block the kit collected for a scope-making node (def, lambda, class, comprehension). */
    Block blockOf(Node node) {
        return blocks.get(node);
    }

    // ---- names ----------------------------------------------------------------------------------------

    private PyObject load(Frame f, String identifier) {
        return names.load(f, Mangling.mangle(f.block(), identifier));
    }

    private void store(Frame f, String identifier, PyObject value) {
        names.store(f, Mangling.mangle(f.block(), identifier), value);
    }

    /**
     * The {@code __qualname__} of a function, class or comprehension named {@code name} made in {@code f}:
     * {@code g} at module level or when declared global, {@code C.m} in a class, {@code f.<locals>.g} in a
     * function, {@code <listcomp>.<lambda>} in a comprehension.
     */
    private String qualname(Frame f, Node node, String name) {
        Block parent = f.block();
        boolean global = !(node instanceof Node.Lambda || node instanceof Node.ListComp)
                && parent.kindOf(Mangling.mangle(parent, name)) == NameKind.GLOBAL_EXPLICIT;
        String q = parent.kind() == BlockKind.MODULE || global ? name
                : qualnames.get(parent) + (parent.kind() == BlockKind.CLASS || comprehensions.contains(parent) ? "." : ".<locals>.") + name;
        qualnames.put(blocks.get(node), q);
        return q;
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
            a.targets().forEach(t -> store(f, t, value));
        } else if (s instanceof Node.AugAssign a) {
            PyObject current = load(f, a.target());
            store(f, a.target(), inPlace(a.op(), current, eval(a.value(), f)));
        } else if (s instanceof Node.Delete d) {
            d.targets().forEach(t -> names.delete(f, Mangling.mangle(f.block(), t)));
        } else if (s instanceof Node.Return r) {
            throw new Calls.ReturnSignal(r.value() == null ? values.none : eval(r.value(), f));
        } else if (s instanceof Node.FunctionDef d) {
            store(f, d.name(), calls.function(d, d.name(), qualname(f, d, d.name()), d.params(), f));
        } else if (s instanceof Node.ClassDef c) {
            store(f, c.name(), classBody(c, f));
        } else if (s instanceof Node.For loop) {
            for (PyObject item : values.iterate(eval(loop.iter(), f))) {
                store(f, loop.target(), item);
                execute(loop.body(), f);
            }
        } else if (s instanceof Node.If i) {
            execute(values.truthy(eval(i.test(), f)) ? i.body() : i.orelse(), f);
        }
        // Global, Nonlocal, Pass: nothing happens at run time; declarations only matter to the symbol table
    }

    /** {@code x += v} and {@code x *= n} change a list in place (aliases see it); everything else rebinds. */
    private PyObject inPlace(String op, PyObject current, PyObject operand) {
        if (current instanceof PyList list && !values.isRange(list) && op.equals("+")) {
            values.iterate(operand).forEach(list::append);
            return list;
        }
        if (current instanceof PyList list && !values.isRange(list) && op.equals("*")) {
            long n = values.repeatCount(list, operand);
            List<PyObject> once = new ArrayList<>(list.items());
            list.clear();
            for (long i = 0; i < n; i++) {
                once.forEach(list::append);
            }
            return list;
        }
        return values.binary(op, current, operand, op + "=");
    }

    /** A class body runs once, in its own frame; what it bound becomes the class's attributes. */
    private PyClass classBody(Node.ClassDef c, Frame f) {
        Block block = blocks.get(c);
        String qualname = qualname(f, c, c.name());
        Frame body = frames.enter(block, f.globals(), f.builtins(), frames.closureFor(f, block));
        execute(c.body(), body);
        PyClass cls = heap.newClass(c.name());
        body.locals().bindings().forEach(cls::setAttribute);
        printing.named(cls, qualname);
        return cls;
    }

    // ---- expressions ----------------------------------------------------------------------------------

    PyObject eval(Expr e, Frame f) {
        if (e instanceof Node.Name n) {
            return load(f, n.id());
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
            return calls.function(l, "<lambda>", qualname(f, l, "<lambda>"), l.params(), f);
        }
        if (e instanceof Node.Call c) {
            PyObject fn = eval(c.func(), f);
            List<PyObject> args = new ArrayList<>();
            c.args().forEach(a -> args.add(eval(a, f)));
            return calls.call(fn, args);
        }
        if (e instanceof Node.Attribute a) {
            return calls.attribute(eval(a.value(), f), Mangling.mangle(f.block(), a.attr()));
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
        return values.negate(eval(((Node.Negate) e).operand(), f));
    }

    /** In 3.11 a comprehension is a function called at once with the first iterable as its argument {@code .0}. */
    private PyObject comprehension(Node.ListComp c, Frame f) {
        Block block = blocks.get(c);
        PyObject first = eval(c.generators().get(0).iter(), f);
        qualname(f, c, "<listcomp>");
        comprehensions.add(block);
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
            store(inner, g.target(), item);
            if (g.ifs().stream().allMatch(cond -> values.truthy(eval(cond, inner)))) {
                if (level + 1 < c.generators().size()) {
                    generate(c, level + 1, inner, result);
                } else {
                    result.add(eval(c.element(), inner));
                }
            }
        }
    }

    /** {@code xs[i]} for a list, range or str, with negative indexes counting from the end. */
    private PyObject subscript(PyObject target, PyObject index) {
        boolean isList = target instanceof PyList;
        if (!isList && !(target instanceof PyStr)) {
            String what = target instanceof PyClass cls ? "type '" + cls.name() + "'" : "'" + values.typeName(target) + "' object";
            throw new PyException("TypeError", what + " is not subscriptable");
        }
        BigInteger i = Values.intValue(index);
        if (i == null) {
            throw new PyException("TypeError", isList ? values.typeName(target) + " indices must be integers or slices, not "
                    + values.typeName(index) : "string indices must be integers, not '" + values.typeName(index) + "'");
        }
        if (i.bitLength() > 63) {
            throw new PyException("IndexError", "cannot fit 'int' into an index-sized integer");
        }
        int length = isList ? ((PyList) target).size() : ((PyStr) target).length();
        long k = i.longValue() < 0 ? i.longValue() + length : i.longValue();
        if (k < 0 || k >= length) {
            String what = values.isRange(target) ? "range object" : isList ? "list" : "string";
            throw new PyException("IndexError", what + " index out of range");
        }
        if (isList) {
            return ((PyList) target).get((int) k);
        }
        String s = ((PyStr) target).value();
        return values.str(Character.toString(s.codePointAt(s.offsetByCodePoints(0, (int) k))));
    }
}
