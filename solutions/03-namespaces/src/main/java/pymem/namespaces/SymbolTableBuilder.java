package pymem.namespaces;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import pymem.model.PyException;
import pymem.model.snippet.Block;
import pymem.model.snippet.BlockKind;
import pymem.model.snippet.NameEvent;
import pymem.model.snippet.NameKind;
import pymem.model.snippet.ScopeAnalyzer;

/**
 * The symbol table: decides, before a snippet runs, where each name of each block lives, as CPython's
 * compiler does in {@code Python/symtable.c}. The {@code symtable} module shows CPython's answer for any
 * code: {@code python3 -c "import symtable; ..."}.
 */
public final class SymbolTableBuilder implements ScopeAnalyzer {
    // How: two passes, as Python/symtable.c. The first collects per-name flags block by block and rejects
    // bad declarations; the second walks the tree top-down with the set of names bound in enclosing
    // functions and bottom-up with the set of names nested blocks need, which turns locals into cells and
    // adds the free names that pass through intermediate blocks.

    /** What the first pass learns about a name in one block (symtable.c's DEF_* and USE flags). */
    private enum Flag { PARAMETER, BOUND, USED, GLOBAL, NONLOCAL }

    /** Pass 1's result, per block; a new map for every analysis. */
    private Map<Block, Map<String, Set<Flag>>> flags;

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
        flags = new LinkedHashMap<>();
        collectFlags(module);
        analyzeBlock(module, null);
    }

    // ---- pass 1: flags and declaration errors ---------------------------------------------------------

    /**
     * Pass 1 over {@code block} and, in source order, the blocks nested in it: each child is visited where it
     * opens among its parent's events, so the first error in the source is the one reported, as in CPython.
     */
    private void collectFlags(Block block) {
        Map<String, Set<Flag>> table = new LinkedHashMap<>();
        flags.put(block, table);
        List<NameEvent> events = block.events();
        int next = 0;
        for (Block child : block.children()) {
            for (; next < child.openedAfter(); next++) {
                record(block, events.get(next), table);
            }
            collectFlags(child);
        }
        for (; next < events.size(); next++) {
            record(block, events.get(next), table);
        }
    }

    /** Pass 1's errors name the name as the source wrote it ({@code __x}, not its mangled {@code _C__x}). */
    private static void record(Block block, NameEvent event, Map<String, Set<Flag>> table) {
        Set<Flag> f = table.computeIfAbsent(event.name(), n -> EnumSet.noneOf(Flag.class));
        String written = block.writtenAs(event.name());
        switch (event.use()) {
            case PARAMETER -> {
                if (!f.add(Flag.PARAMETER)) {
                    throw syntaxError("duplicate argument '" + written + "' in function definition");
                }
            }
            case LOAD -> f.add(Flag.USED);
            // x += 1 and del x bind x: that is what makes x local to the function
            case ASSIGN, AUG_ASSIGN, DELETE -> f.add(Flag.BOUND);
            case GLOBAL -> declare(written, f, Flag.GLOBAL, "global");
            case NONLOCAL -> declare(written, f, Flag.NONLOCAL, "nonlocal");
        }
    }

    /** A declaration must come before every other use of the name in its block. */
    private static void declare(String name, Set<Flag> f, Flag declaration, String word) {
        if (f.contains(Flag.PARAMETER)) {
            throw syntaxError("name '" + name + "' is parameter and " + word);
        }
        if (f.contains(Flag.USED)) {
            throw syntaxError("name '" + name + "' is used prior to " + word + " declaration");
        }
        if (f.contains(Flag.BOUND)) {
            throw syntaxError("name '" + name + "' is assigned to before " + word + " declaration");
        }
        f.add(declaration);
    }

    // ---- pass 2: classification -----------------------------------------------------------------------

    /**
     * Classifies {@code block}'s names. {@code bound} holds the names bound in enclosing function blocks
     * (null only for the module itself, where nonlocal is meaningless); returns the free names this block
     * and the blocks nested in it need from further out.
     */
    private Set<String> analyzeBlock(Block block, Set<String> bound) {
        Set<String> boundHere = bound == null ? null : new HashSet<>(bound);
        // A class body passes on what it was given, whatever it declares: its own global x hides the
        // enclosing x from the class body only, never from the methods inside it.
        Set<String> passedOnByClass = bound == null ? Set.of() : Set.copyOf(bound);
        Set<String> local = new HashSet<>();
        Set<String> free = new HashSet<>();
        for (Map.Entry<String, Set<Flag>> entry : flags.get(block).entrySet()) {
            NameKind kind = classify(entry.getKey(), entry.getValue(), boundHere);
            block.classify(entry.getKey(), kind);
            if (kind == NameKind.LOCAL) {
                local.add(entry.getKey());
            } else if (kind == NameKind.FREE) {
                free.add(entry.getKey());
            }
        }
        // Only functions enclose: a class body's names are invisible to the blocks nested in it.
        Set<String> visibleInside = new HashSet<>(block.kind() == BlockKind.FUNCTION ? local : Set.of());
        if (block.kind() == BlockKind.CLASS) {
            visibleInside.addAll(passedOnByClass);
        } else if (boundHere != null) {
            visibleInside.addAll(boundHere);
        }
        Set<String> neededInside = new HashSet<>();
        for (Block child : block.children()) {
            neededInside.addAll(analyzeBlock(child, new HashSet<>(visibleInside)));
        }
        if (block.kind() == BlockKind.FUNCTION) {
            for (String name : local) {
                if (neededInside.remove(name)) {
                    block.classify(name, NameKind.CELL); // a local that a nested block uses lives in a cell
                }
            }
        }
        for (String name : neededInside) {
            if (block.kindOf(name) == null) {
                block.classify(name, NameKind.FREE); // passes through this block on its way to a nested one
            }
        }
        free.addAll(neededInside);
        return free;
    }

    private static NameKind classify(String name, Set<Flag> f, Set<String> bound) {
        if (f.contains(Flag.GLOBAL)) {
            if (f.contains(Flag.NONLOCAL)) {
                throw syntaxError("name '" + name + "' is nonlocal and global");
            }
            if (bound != null) {
                bound.remove(name); // blocks nested in a function see the global, not an enclosing binding
            }
            return NameKind.GLOBAL_EXPLICIT;
        }
        if (f.contains(Flag.NONLOCAL)) {
            if (bound == null) {
                throw syntaxError("nonlocal declaration not allowed at module level");
            }
            if (!bound.contains(name)) {
                throw syntaxError("no binding for nonlocal '" + name + "' found");
            }
            return NameKind.FREE;
        }
        if (f.contains(Flag.BOUND) || f.contains(Flag.PARAMETER)) {
            return NameKind.LOCAL;
        }
        if (bound != null && bound.contains(name)) {
            return NameKind.FREE;
        }
        return NameKind.GLOBAL_IMPLICIT;
    }

    private static PyException syntaxError(String message) {
        return new PyException("SyntaxError", message);
    }
}
