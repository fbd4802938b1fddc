package pymem.model.snippet;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import pymem.model.PyException;

/**
 * Exercise 03's symbol table, worked out, so that the model's own tests can run whole snippets. It is the
 * instructor's (the student edition leaves the model's tests out) and follows {@code Python/symtable.c}:
 * pass 1 collects flags and declaration errors in source order, pass 2 classifies top-down.
 */
final class WorkedSymbolTable implements ScopeAnalyzer {

    /** What the first pass learns about a name in one block (symtable.c's DEF_* and USE flags). */
    private enum Flag { PARAMETER, BOUND, USED, GLOBAL, NONLOCAL }

    /** Pass 1's result, per block; a new map for every analysis. */
    private Map<Block, Map<String, Set<Flag>>> flags;

    /**
     * Classifies every name of {@code module} and of all blocks nested in it.
     *
     * @throws PyException SyntaxError with CPython 3.11's message for an invalid global or nonlocal declaration
     *     or a duplicate parameter; of several, the one CPython reports
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
