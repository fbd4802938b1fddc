package pymem.grader;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pymem.grader.fork.Failures;

/** Feedback students read: the assertion's words, never the hidden test's code or stack frames. */
@DisplayName("Failure feedback")
class FailuresTest {

    @Test
    @DisplayName("says 'not implemented yet' for a stub, even when an assertion expected another exception")
    void stubThrowsInsideAnAssertion() {
        AssertionError e = new AssertionError("[hash([1])] Expecting actual throwable to be an instance of:\n  pymem.model.PyException\n"
                + "but was:\n  java.lang.UnsupportedOperationException: TODO task 3: Hashing.hash\n"
                + "\tat pymem.mutability.Hashing.hash(Hashing.java:12)\n\tat pymem.mutability.HashHiddenTest.lambda$x$0(HashHiddenTest.java:40)\n");
        assertThat(Failures.describeSafely(e)).isEqualTo("not implemented yet (TODO task 3: Hashing.hash)");
    }

    @Test
    @DisplayName("drops stack frames that would name the hidden test's classes and lines")
    void stripsStackFrames() {
        AssertionError e = new AssertionError("[deepcopy must finish] Expecting code not to raise a throwable but caught\n"
                + "  java.lang.IllegalStateException: boom\n\tat pymem.copy.Copier.deepcopy(Copier.java:50)\n"
                + "\tat pymem.copy.DeepCopyHiddenTest.x(DeepCopyHiddenTest.java:77)\n\t... 12 more\n");
        String feedback = Failures.describeSafely(e);
        assertThat(feedback).contains("[deepcopy must finish]").contains("IllegalStateException: boom")
                .doesNotContain("HiddenTest").doesNotContain("Copier.java:50").doesNotContain("more");
    }

    @Test
    @DisplayName("names an unexpected exception and the first line of the student's own code")
    void unexpectedException() {
        RuntimeException e = new IllegalStateException("negative count");
        e.setStackTrace(new StackTraceElement[] {
            new StackTraceElement("pymem.refcount.RefCounts", "decref", "RefCounts.java", 42),
            new StackTraceElement("pymem.refcount.CountingHiddenTest", "t", "CountingHiddenTest.java", 9)});
        assertThat(Failures.describeSafely(e)).isEqualTo("IllegalStateException: negative count (at RefCounts.java:42)");
    }

    @Test
    @DisplayName("explains a stack overflow as recursion that went too deep")
    void stackOverflow() {
        assertThat(Failures.describeSafely(new StackOverflowError())).contains("recursion went too deep");
    }
}
