package pymem.grading;

/**
 * A check a test runs before its own assertions when it cannot avoid using another concept's code: if that
 * concept is broken, the test reports "not checked: depends on 4.3 (rule), which fails" rather than blaming
 * its own concept for a knock-on failure.
 *
 * <pre>{@code
 * Prerequisite.check("4.1", () -> assertThat(rc.getrefcount(x)).as(...).isEqualTo(2));
 * }</pre>
 */
public final class Prerequisite {
    private Prerequisite() {
    }

    /**
     * The concept of the test running now (set by {@link ConceptExtension}), or null. Not a thread-local: the
     * grader runs a test's lifecycle methods and body on threads of their own, one test at a time.
     */
    static volatile String running;

    /** What the check runs: assertions, or code that throws when the prerequisite is broken. */
    @FunctionalInterface
    public interface Check {
        void run() throws Exception;
    }

    /**
     * Runs {@code check}; if it fails (an assertion or any exception but the JVM's own errors), throws
     * {@link NotChecked} naming {@code concept}, with what the check saw. A test of {@code concept} itself skips
     * the check: its own assertions say what is wrong, under its own concept.
     */
    public static void check(String concept, Check check) {
        if (concept.equals(running)) {
            return;
        }
        try {
            check.run();
        } catch (VirtualMachineError fatal) {
            throw fatal;
        } catch (Throwable broken) {
            throw new NotChecked(concept, broken);
        }
    }

    /** A test that could not check its own concept because a prerequisite fails. */
    public static final class NotChecked extends AssertionError {
        private static final long serialVersionUID = 1L;
        private final String concept;

        NotChecked(String concept, Throwable broken) {
            super("not checked: depends on " + ConceptMap.describe(concept) + ", which fails: " + seen(broken), broken);
            this.concept = concept;
        }

        /** The id of the broken prerequisite. */
        public String concept() {
            return concept;
        }

        private static String seen(Throwable broken) {
            String m = broken.getMessage();
            if (broken instanceof AssertionError && m != null) {
                return m;
            }
            return broken.getClass().getSimpleName() + (m == null ? "" : ": " + m);
        }
    }
}
