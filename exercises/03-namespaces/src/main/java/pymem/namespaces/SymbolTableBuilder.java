package pymem.namespaces;

import pymem.model.snippet.Block;
import pymem.model.snippet.ScopeAnalyzer;

/**
 * The symbol table: decides, before a snippet runs, where each name of each block lives, as CPython's
 * compiler does in {@code Python/symtable.c}. The {@code symtable} module shows CPython's answer for any
 * code: {@code python3 -c "import symtable; ..."}.
 */
public final class SymbolTableBuilder implements ScopeAnalyzer {

    /**
     * Classifies every name that occurs in {@code module} and in every block nested in it, by calling
     * {@link Block#classify} once or more per name; afterwards {@link Block#kindOf} gives, for each name in a
     * block's events (and each name that only passes through the block to a nested one), its {@link
     * pymem.model.snippet.NameKind}:
     * <ul>
     *   <li>task 1: LOCAL for a name the block binds (parameter, assignment, augmented assignment, del,
     *       def, class, for target); GLOBAL_EXPLICIT for a name declared {@code global}; GLOBAL_IMPLICIT
     *       for a name only read and bound in no enclosing function;</li>
     *   <li>task 2: FREE for a name read (or declared {@code nonlocal}) in a block and bound in an enclosing
     *       function, and in every block between the two; CELL (instead of LOCAL) for a function's local
     *       that a nested block uses. Class bodies bind names for themselves only: they never enclose, and
     *       their own global and nonlocal declarations do not change what the blocks inside them see.</li>
     * </ul>
     * A snippet's classification equals what {@code symtable.symtable(source, "<s>", "exec")} reports for
     * its functions, lambdas, comprehensions and classes.
     *
     * @throws pymem.model.PyException {@code SyntaxError} with CPython 3.11's message (e.g. {@code name 'x'
     *         is assigned to before global declaration}, {@code no binding for nonlocal 'x' found}) when a
     *         global or nonlocal declaration is invalid or a function names a parameter twice ({@code
     *         duplicate argument 'x' in function definition}); of several, the one CPython reports: the
     *         first declaration or parameter error in source order, else the first nonlocal binding error
     *         from the module down
     */
    @Override
    public void analyze(Block module) {
        throw new UnsupportedOperationException("TODO task 1: SymbolTableBuilder.analyze");
    }
}
