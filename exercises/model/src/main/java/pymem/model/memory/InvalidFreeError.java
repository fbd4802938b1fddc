package pymem.model.memory;

/**
 * Thrown by a {@code free(address)} that names no live block. A release build of CPython does not check
 * (a bad free corrupts memory and crashes later); its debug hooks ({@code PYTHONMALLOC=debug}) abort with
 * a fatal error. The simulation reports it and changes nothing.
 */
public class InvalidFreeError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why the address cannot be freed. */
    public enum Reason {
        /** No block was ever handed out at this address (or its arena has been released since). */
        NOT_ALLOCATED("is not an allocated block"),
        /** The block was handed out and has been freed already: a double free. */
        ALREADY_FREED("was already freed (double free)"),
        /** The address lies inside a block, not at its first byte. */
        INSIDE_BLOCK("points inside a block, not at its start");

        private final String description;

        Reason(String description) {
            this.description = description;
        }

        /** The reason as it reads in the message, e.g. {@code was already freed (double free)}. */
        public String description() {
            return description;
        }
    }

    private final long address;
    private final Reason reason;

    public InvalidFreeError(long address, Reason reason) {
        super(String.format("free(0x%x): the address %s", address, reason.description()));
        this.address = address;
        this.reason = reason;
    }

    /** The address that was passed to free. */
    public long address() {
        return address;
    }

    /** Why it was refused. */
    public Reason reason() {
        return reason;
    }
}
