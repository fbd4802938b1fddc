package pymem.grader;

/**
 * The user gave the grader something it cannot grade (a missing path, a file that is not a zip, an unsafe
 * zip). The message is one line that names what is wrong and what to do; the command exits with 2.
 */
public final class BadInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BadInputException(String message) {
        super(message);
    }
}
