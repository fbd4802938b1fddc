package pymem.model.snippet;

import java.util.List;

import pymem.model.OutOfScopeError;
import pymem.model.PyException;
import pymem.model.snippet.Node.Stmt;

/**
 * What CPython's compiler rejects after the symbol table has accepted a snippet, and what the model
 * refuses to run because it does not follow CPython there. Both are decided before anything executes.
 */
final class CompileChecks {
    private CompileChecks() {
    }

    /** {@code SyntaxError: 'return' outside function} for the first {@code return} in a module or class body. */
    static void returnsInsideFunctions(List<Stmt> body, boolean inFunction) {
        for (Stmt s : body) {
            if (s instanceof Node.Return && !inFunction) {
                throw new PyException("SyntaxError", "'return' outside function");
            } else if (s instanceof Node.FunctionDef d) {
                returnsInsideFunctions(d.body(), true);
            } else if (s instanceof Node.ClassDef c) {
                returnsInsideFunctions(c.body(), false);
            } else if (s instanceof Node.For f) {
                returnsInsideFunctions(f.body(), inFunction);
            } else if (s instanceof Node.If i) {
                returnsInsideFunctions(i.body(), inFunction);
                returnsInsideFunctions(i.orelse(), inFunction);
            }
        }
    }

    /**
     * Refuses a class body that binds (or declares global) a name that a method or comprehension inside it
     * reads from an enclosing function. CPython keeps two variables of that name in the class (its own and
     * the cell it passes on, {@code DEF_FREE_CLASS}); a model {@link Block} gives each name one kind.
     */
    static void noClassPassesACellItAlsoBinds(Block block) {
        for (Block child : block.children()) {
            if (block.kind() == BlockKind.CLASS) {
                for (String name : child.namesOf(NameKind.FREE)) {
                    if (block.kindOf(name) != NameKind.FREE) {
                        throw new OutOfScopeError("class " + block.name() + " both has its own '" + name
                                + "' and passes the enclosing function's '" + name + "' to " + child.name()
                                + ": two variables of one name in a class body (CPython's DEF_FREE_CLASS) are out of scope");
                    }
                }
            }
            noClassPassesACellItAlsoBinds(child);
        }
    }
}
