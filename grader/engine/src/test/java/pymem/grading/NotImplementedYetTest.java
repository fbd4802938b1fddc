package pymem.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The visible tests' one-line "not implemented yet": a stub's TODO found anywhere in the failure, including
 * inside AssertJ's message, becomes one short AssertionError with the stub's frame only.
 */
@DisplayName("NotImplementedYet")
class NotImplementedYetTest {

    /** What a stub does. */
    static int stub() {
        throw new UnsupportedOperationException("TODO task 2: RefCounts.decref");
    }

    @Test
    @DisplayName("shortens the stub's own exception to one line with the stub's frame")
    void direct() {
        Throwable thrown = catchThrowable(NotImplementedYetTest::stub);
        Throwable shortened = NotImplementedYet.shortened(thrown);
        assertThat(shortened).isInstanceOf(AssertionError.class).hasMessage("not implemented yet (TODO task 2: RefCounts.decref)");
        assertThat(shortened.getStackTrace()).hasSize(1);
        assertThat(shortened.getStackTrace()[0].getMethodName()).isEqualTo("stub");
    }

    @Test
    @DisplayName("finds the stub's exception down the cause chain")
    void cause() {
        Throwable wrapped = new IllegalStateException("while building", new RuntimeException(catchThrowable(NotImplementedYetTest::stub)));
        assertThat(NotImplementedYet.shortened(wrapped)).hasMessage("not implemented yet (TODO task 2: RefCounts.decref)");
    }

    @Test
    @DisplayName("finds it inside an assertThatThrownBy that expected another exception, and keeps the stub's frame from the message")
    void insideAssertJ() {
        Throwable failed = catchThrowable(() -> assertThatThrownBy(NotImplementedYetTest::stub).isInstanceOf(IllegalArgumentException.class));
        assertThat(failed).as("AssertJ's long block").isInstanceOf(AssertionError.class);
        assertThat(failed.getMessage().lines().count()).as("AssertJ's message is long").isGreaterThan(5);
        Throwable shortened = NotImplementedYet.shortened(failed);
        assertThat(shortened).hasMessage("not implemented yet (TODO task 2: RefCounts.decref)");
        assertThat(shortened.getStackTrace()).hasSize(1);
        assertThat(shortened.getStackTrace()[0].getClassName()).isEqualTo(NotImplementedYetTest.class.getName());
        assertThat(shortened.getStackTrace()[0].getMethodName()).isEqualTo("stub");
    }

    @Test
    @DisplayName("leaves every other failure as it is, and survives a cause chain that loops")
    void others() {
        AssertionError wrong = new AssertionError("expected: 2 but was: 1");
        assertThat(NotImplementedYet.shortened(wrong)).isSameAs(wrong);
        UnsupportedOperationException notAStub = new UnsupportedOperationException("immutable list");
        assertThat(NotImplementedYet.shortened(notAStub)).isSameAs(notAStub);
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);
        assertThat(NotImplementedYet.shortened(a)).isSameAs(a);
    }
}
