package pymem.model;

/**
 * The kit's out-of-scope error: the program or operation is valid Python, but the model does not follow
 * CPython there, and says so rather than give a wrong answer. It is never a Python exception (a student's
 * code does not catch it, and a transcript does not show it as one): the message names what is out of scope
 * and why, e.g. {@code a class body that passes a cell to its methods while binding the same name is out of
 * scope (CPython's DEF_FREE_CLASS)}.
 */
public class OutOfScopeException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public OutOfScopeException(String message) {
        super(message);
    }
}
