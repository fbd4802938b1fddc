package pymem.model;

/**
 * The kit's answer to a question it deliberately does not model: CPython behaves in a way the exercise leaves
 * out (its lesson's "Out of scope" names it). Thrown instead of a wrong answer, so that a caller, a test or the
 * differential suites can tell "not modelled" from "modelled and wrong". The message says what is out of scope,
 * in Python terms.
 *
 * <p>It is an {@link IllegalArgumentException}: asking the model something outside its scope is a bad argument,
 * and contracts that say "throws IllegalArgumentException (out of scope)" keep holding.
 */
public class OutOfScopeError extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public OutOfScopeError(String message) {
        super(message);
    }
}
