package pymem.grader.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import pymem.grader.kit.Exercise;
import pymem.grader.kit.ExerciseCatalog;
import pymem.grading.Visibility;

/** Graded numbers follow the lesson's tasks: E.1 is task 1's first test, whatever JUnit's discovery order. */
class TestDiscoveryTest {
    private static final Exercise OBJECTS = ExerciseCatalog.byName("01").orElseThrow();
    private static final Exercise MUTABILITY = ExerciseCatalog.byName("02").orElseThrow();

    private static GradedTest found(Exercise e, String method, int task) {
        return new GradedTest(e, "", "[method:" + method + "()]", method, 1, Visibility.Level.VISIBLE, "", task);
    }

    @Test
    @DisplayName("numbers each exercise's tests by task, keeping discovery order within a task, tests without a task last")
    void numbersByTask() {
        // GIVEN discovery order: classes sorted by name, so task 5's class (Equality...) before task 1's (Names...)
        List<GradedTest> discovered = List.of(found(OBJECTS, "equalityA", 5), found(OBJECTS, "untagged", GradedTest.NO_TASK),
                found(OBJECTS, "addressesA", 1), found(MUTABILITY, "hashing", 3), found(OBJECTS, "equalityB", 5),
                found(OBJECTS, "addressesB", 1), found(MUTABILITY, "mutability", 1));
        List<GradedTest> numbered = TestDiscovery.numbered(discovered);
        assertThat(numbered).extracting(t -> t.number() + " " + t.name())
                .as("numbers: task order first, then discovery order within a task")
                .containsExactly("1.1 addressesA", "1.2 addressesB", "1.3 equalityA", "1.4 equalityB", "1.5 untagged",
                        "2.1 mutability", "2.2 hashing");
    }

    @Test
    @DisplayName("takes a test's task from the nearest task tag: the method's, its class's, then the enclosing class's")
    void taskFromTheNearestTag() throws NoSuchMethodException {
        assertThat(TestDiscovery.task(Sample.Inner.class.getDeclaredMethod("fromEnclosing"))).as("a @Nested class's test").isEqualTo(2);
        assertThat(TestDiscovery.task(Sample.Inner.class.getDeclaredMethod("own"))).as("a test tagged itself").isEqualTo(4);
        assertThat(TestDiscovery.task(Untagged.class.getDeclaredMethod("none"))).as("a test without a task tag").isEqualTo(GradedTest.NO_TASK);
    }

    // Samples, private so that JUnit never runs them.
    private static final class Sample {
        @Nested
        @Tag("task:2")
        class Inner {
            @Test
            void fromEnclosing() {
            }

            @Test
            @Tag("task:4")
            void own() {
            }
        }
    }

    private static final class Untagged {
        @Test
        @Tag("concept:1.1")
        void none() {
        }
    }
}
