package pymem.grader.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pymem.grader.discovery.GradedTest;
import pymem.grader.kit.Exercise;

@DisplayName("The feedback scrubber")
class FeedbackScrubberTest {
    private static final Exercise RC = new Exercise(4, "04-refcount", "pymem.refcount");
    private static final GradedTest TEST = new GradedTest(RC, "4.1",
            "[engine:junit-jupiter]/[class:pymem.refcount.CountingHiddenTest]/[nested-class:Cascades]/[method:cascadeFreesEveryLevel()]",
            "Task 2: cascades / free every level", 2, pymem.grading.Visibility.Level.VISIBLE, "4.3");
    private final FeedbackScrubber scrubber = FeedbackScrubber.forTests(List.of(TEST), Set.of("pymem.refcount.Fixtures", "pymem.refcount.Fixtures$Chain"),
            Map.of(RC, Set.of("RefCounts.java")));

    @Test
    @DisplayName("hides hidden test and fixture class names, qualified or not, and distinctive method names")
    void names() {
        String text = scrubber.scrub("at CountingHiddenTest, pymem.refcount.CountingHiddenTest$Cascades, Fixtures.chain(), "
                + "Chain and cascadeFreesEveryLevel; RefCounts stays", Set.of("RefCounts.java"));
        assertThat(text).doesNotContain("CountingHiddenTest", "Cascades", "Fixtures", "Chain", "cascadeFreesEveryLevel")
                .contains(FeedbackScrubber.HIDDEN).contains("RefCounts stays");
    }

    @Test
    @DisplayName("keeps a location in the submission's own file, drops one in any other file")
    void locations() {
        assertThat(scrubber.scrub("NullPointerException (at RefCounts.java:42)", Set.of("RefCounts.java")))
                .isEqualTo("NullPointerException (at RefCounts.java:42)");
        assertThat(scrubber.scrub("boom (at CountingHiddenTest.java:17) and Helper.java:3", Set.of("RefCounts.java")))
                .doesNotContain("17").doesNotContain("Helper.java").doesNotContain("CountingHiddenTest");
    }

    @Test
    @DisplayName("drops stack frames and control characters")
    void frames() {
        String text = scrubber.scrub("failed\n\tat pymem.refcount.Foo.bar(Foo.java:1)\n\u001b[2Jstill here", Set.of());
        assertThat(text).isEqualTo("failed\n[2Jstill here");
    }
}
