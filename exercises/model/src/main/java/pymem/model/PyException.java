package pymem.model;

/**
 * A Python exception raised by model code or by an exercise, e.g. {@code TypeError: unhashable type: 'list'}.
 * {@link #pythonType()} is the exception class name and {@link #getMessage()} exactly what {@code str(e)}
 * prints in CPython 3.11, so tests can compare both.
 */
public class PyException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String pythonType;

    public PyException(String pythonType, String message) {
        super(message);
        this.pythonType = pythonType;
    }

    /** The exception's class name, e.g. {@code "TypeError"}. */
    public String pythonType() {
        return pythonType;
    }

    /** As Python's traceback prints it: {@code TypeError: unhashable type: 'list'}. */
    @Override
    public String toString() {
        return pythonType + ": " + getMessage();
    }
}
