package pymem.model.snippet;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One scope of a snippet (a symbol-table entry, CPython's {@code PySTEntryObject}): the module, a
 * function, a lambda, a list comprehension or a class body.
 *
 * <pre>
 *   Block "top" MODULE                      events: ASSIGN x, ASSIGN f, LOAD f
 *     '-- Block "f" FUNCTION  params [a]    events: PARAMETER a, LOAD a, LOAD x
 *           '-- Block "listcomp" FUNCTION   events: PARAMETER .0, ASSIGN i, LOAD i
 * </pre>
 *
 * <p>The kit fills the structure: kind, name, the {@link NameEvent}s in source order and the nested
 * blocks. The symbol table (an exercise) fills the other half: the {@link NameKind} of every name, through
 * {@link #classify}. The evaluator reads that classification back when it runs the code.
 *
 * <p>Names as CPython's symtable gives them: the module is {@code "top"}, a lambda {@code "lambda"}, a list
 * comprehension {@code "listcomp"} (with its hidden parameter {@code ".0"}, the iterator it consumes).
 */
public final class Block {
    private final BlockKind kind;
    private final String name;
    private final Block parent;
    /** How many of the parent's events precede this block in the source (0 for the module). */
    private final int openedAfter;
    private final List<NameEvent> events = new ArrayList<>();
    private final List<Block> children = new ArrayList<>();
    /** The classification, in the order names were classified; empty until a symbol table fills it. */
    private final Map<String, NameKind> symbols = new LinkedHashMap<>();
    /** A mangled private name and how the source wrote it: {@code _C__x -> __x}. */
    private final Map<String, String> spellings = new LinkedHashMap<>();

    /** A block nested in {@code parent} (null for the module), added to the parent's children. */
    public Block(BlockKind kind, String name, Block parent) {
        this.kind = kind;
        this.name = name;
        this.parent = parent;
        this.openedAfter = parent == null ? 0 : parent.events.size();
        if (parent != null) {
            parent.children.add(this);
        }
    }

    public BlockKind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    /** The enclosing block, or null for the module. */
    public Block parent() {
        return parent;
    }

    /**
     * Where this block sits among its parent's events: how many of them come before it in the source. A
     * symbol table that reports the first error in source order visits the parent's events up to this
     * position, then this block, then the rest (0 for the module).
     */
    public int openedAfter() {
        return openedAfter;
    }

    /** Every occurrence of a name in this block itself (not in nested blocks), in source order. */
    public List<NameEvent> events() {
        return Collections.unmodifiableList(events);
    }

    /** Records one occurrence (the kit does this while it walks the syntax tree). */
    public void record(String identifier, NameUse use) {
        events.add(new NameEvent(identifier, use));
    }

    /** Records one occurrence of a private name the kit mangled: {@code written} is how the source spells it. */
    void record(String identifier, String written, NameUse use) {
        if (!identifier.equals(written)) {
            spellings.put(identifier, written);
        }
        record(identifier, use);
    }

    /**
     * How the source wrote {@code identifier}: {@code __x} for the private name this block records as
     * {@code _C__x}, the identifier itself otherwise. CPython's declaration and parameter SyntaxErrors name
     * the name as written; its nonlocal binding errors name it mangled.
     */
    public String writtenAs(String identifier) {
        return spellings.getOrDefault(identifier, identifier);
    }

    /** The parameter names, in order. */
    public List<String> parameters() {
        return events.stream().filter(e -> e.use() == NameUse.PARAMETER).map(NameEvent::name).toList();
    }

    /** The blocks directly nested in this one, in source order. */
    public List<Block> children() {
        return Collections.unmodifiableList(children);
    }

    /** Records (or changes) how {@code identifier} is classified in this block. */
    public void classify(String identifier, NameKind nameKind) {
        symbols.put(identifier, nameKind);
    }

    /** How {@code identifier} is classified in this block, or null when the block has no such symbol. */
    public NameKind kindOf(String identifier) {
        return symbols.get(identifier);
    }

    /** The whole classification (read-only), like {@code symtable.SymbolTable.get_symbols()}. */
    public Map<String, NameKind> symbols() {
        return Collections.unmodifiableMap(symbols);
    }

    /** The names classified as {@code nameKind}, sorted: for FREE this is the order of the closure's cells. */
    public List<String> namesOf(NameKind nameKind) {
        return symbols.entrySet().stream().filter(e -> e.getValue() == nameKind).map(Map.Entry::getKey).sorted().toList();
    }

    /** The classification in symtable style, sorted by name: {@code f: a=LOCAL, x=GLOBAL_IMPLICIT}. */
    public String describe() {
        StringBuilder sb = new StringBuilder(name).append(':');
        symbols.keySet().stream().sorted().forEach(n -> sb.append(sb.charAt(sb.length() - 1) == ':' ? " " : ", ")
                .append(n).append('=').append(symbols.get(n)));
        return sb.toString();
    }

    /** This block and every nested one, pre-order (the order {@code symtable} lists them): each {@link #describe()}d, joined by {@code "; "}. */
    public String describeTree() {
        List<String> parts = new ArrayList<>();
        collect(this, parts);
        return String.join("; ", parts);
    }

    private static void collect(Block b, List<String> parts) {
        parts.add(b.describe());
        b.children.forEach(c -> collect(c, parts));
    }

    @Override
    public String toString() {
        return kind + " " + name + " " + events;
    }
}
