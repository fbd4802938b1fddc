package pymem.model.snippet;

/** The symbol table pass, run on a snippet before any of it executes (exercise 03 implements it). */
public interface ScopeAnalyzer {
    /**
     * Classifies every name of {@code module} and of every block nested in it ({@link Block#classify}), or
     * throws {@code PyException("SyntaxError", message)} for an invalid declaration.
     */
    void analyze(Block module);
}
