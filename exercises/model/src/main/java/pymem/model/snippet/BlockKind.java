package pymem.model.snippet;

/** The three kinds of scope CPython's symtable knows; lambdas and comprehensions are FUNCTION blocks. */
public enum BlockKind {
    MODULE, FUNCTION, CLASS
}
