package pymem.model.snippet;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import pymem.model.snippet.Node.Expr;
import pymem.model.snippet.Node.Stmt;

/**
 * Walks a syntax tree the way CPython's symtable pass does and records, per block, every name occurrence
 * in source order. It classifies nothing: that is the symbol table's job.
 *
 * <p>The visiting order follows {@code Python/symtable.c}: a {@code def} binds its name and evaluates its
 * defaults in the enclosing block before its own block opens; an assignment visits its targets, then its
 * value; a comprehension evaluates its first iterable in the enclosing block, and everything else (targets,
 * conditions, later iterables, the element) in its own block.
 *
 * <p>Names are recorded as the compiler sees them: inside a class, a private name such as {@code __x} is
 * mangled to {@code _C__x} ({@link Mangling}).
 */
final class BlockCollector {
    /** Links every scope-making node (Module, FunctionDef, Lambda, ClassDef, ListComp) to its block. */
    private final Map<Node, Block> blocks = new IdentityHashMap<>();

    static Map<Node, Block> collect(Node.Module module) {
        BlockCollector c = new BlockCollector();
        Block top = new Block(BlockKind.MODULE, "top", null);
        c.blocks.put(module, top);
        c.statements(module.body(), top);
        return c.blocks;
    }

    private void statements(List<Stmt> body, Block b) {
        body.forEach(s -> statement(s, b));
    }

    private void statement(Stmt s, Block b) {
        if (s instanceof Node.ExprStmt e) {
            expr(e.value(), b);
        } else if (s instanceof Node.Assign a) {
            a.targets().forEach(t -> record(b, t, NameUse.ASSIGN));
            expr(a.value(), b);
        } else if (s instanceof Node.AugAssign a) {
            record(b, a.target(), NameUse.AUG_ASSIGN);
            expr(a.value(), b);
        } else if (s instanceof Node.Delete d) {
            d.targets().forEach(t -> record(b, t, NameUse.DELETE));
        } else if (s instanceof Node.Global g) {
            g.names().forEach(n -> record(b, n, NameUse.GLOBAL));
        } else if (s instanceof Node.Nonlocal n) {
            n.names().forEach(x -> record(b, x, NameUse.NONLOCAL));
        } else if (s instanceof Node.Return r) {
            if (r.value() != null) {
                expr(r.value(), b);
            }
        } else if (s instanceof Node.FunctionDef f) {
            record(b, f.name(), NameUse.ASSIGN);
            statements(f.body(), function(f, f.name(), f.params(), b));
        } else if (s instanceof Node.ClassDef c) {
            record(b, c.name(), NameUse.ASSIGN);
            Block inner = new Block(BlockKind.CLASS, c.name(), b);
            blocks.put(c, inner);
            statements(c.body(), inner);
        } else if (s instanceof Node.For f) {
            record(b, f.target(), NameUse.ASSIGN);
            expr(f.iter(), b);
            statements(f.body(), b);
        } else if (s instanceof Node.If i) {
            expr(i.test(), b);
            statements(i.body(), b);
            statements(i.orelse(), b);
        }
    }

    private static void record(Block b, String identifier, NameUse use) {
        b.record(Mangling.mangle(b, identifier), identifier, use);
    }

    /** Defaults in the enclosing block, then a new FUNCTION block holding the parameters. */
    private Block function(Node node, String name, List<Node.Param> params, Block b) {
        params.stream().filter(p -> p.defaultValue() != null).forEach(p -> expr(p.defaultValue(), b));
        Block inner = new Block(BlockKind.FUNCTION, name, b);
        blocks.put(node, inner);
        params.forEach(p -> record(inner, p.name(), NameUse.PARAMETER));
        return inner;
    }

    private void expr(Expr e, Block b) {
        if (e instanceof Node.Name n) {
            record(b, n.id(), NameUse.LOAD);
        } else if (e instanceof Node.ListDisplay l) {
            l.items().forEach(i -> expr(i, b));
        } else if (e instanceof Node.ListComp c) {
            comprehension(c, b);
        } else if (e instanceof Node.Lambda l) {
            expr(l.body(), function(l, "lambda", l.params(), b));
        } else if (e instanceof Node.Call c) {
            expr(c.func(), b);
            c.args().forEach(a -> expr(a, b));
        } else if (e instanceof Node.Attribute a) {
            expr(a.value(), b);
        } else if (e instanceof Node.Subscript s) {
            expr(s.value(), b);
            expr(s.index(), b);
        } else if (e instanceof Node.BinOp o) {
            expr(o.left(), b);
            expr(o.right(), b);
        } else if (e instanceof Node.Compare o) {
            expr(o.left(), b);
            expr(o.right(), b);
        } else if (e instanceof Node.Negate n) {
            expr(n.operand(), b);
        }
        // Constant: no names
    }

    private void comprehension(Node.ListComp c, Block b) {
        List<Node.Comprehension> gens = c.generators();
        expr(gens.get(0).iter(), b);
        Block inner = new Block(BlockKind.FUNCTION, "listcomp", b);
        blocks.put(c, inner);
        record(inner, ".0", NameUse.PARAMETER);
        for (int i = 0; i < gens.size(); i++) {
            Node.Comprehension g = gens.get(i);
            record(inner, g.target(), NameUse.ASSIGN);
            if (i > 0) {
                expr(g.iter(), inner);
            }
            g.ifs().forEach(cond -> expr(cond, inner));
        }
        expr(c.element(), inner);
    }
}
