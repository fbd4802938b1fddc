package pymem.grader;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pymem.grader.score.ExerciseResult;
import pymem.grader.score.ExerciseStatus;
import pymem.grader.score.GradeResult;
import pymem.grader.score.TestResult;
import pymem.grader.submission.Submission;

/**
 * Feedback on realistic wrong implementations (conceptual mistakes, each a small edit of the reference, at most
 * one per exercise per submission so that one grade covers several): every failed test says which concept it
 * checks and states the rule, and a mistake in one concept is not blamed on another (a test that needs the
 * broken concept says "not checked: depends on ...").
 */
@DisplayName("Feedback on conceptual mistakes")
class ConceptFeedbackTest {
    /** A concept's headline, as ConceptExtension and Prerequisite write it. */
    static final Pattern HEADLINE = Pattern.compile("^(?:concept|not checked: depends on) (\\d+\\.\\d+) \\(");
    /**
     * What the grader itself says when a test JVM runs out of memory (ConceptExtension leaves the JVM's own errors
     * alone): a description of its own. Every other failure, an exception the student's code raised included,
     * carries a concept headline.
     */
    static final Pattern OUT_OF_MEMORY = Pattern.compile("^ran out of memory \\(", Pattern.DOTALL);

    /** A mistake: where, what edit, and the concept it breaks. */
    record Mistake(String name, String exercise, Fault.Injection edit, String concept) {
    }

    static final List<List<Mistake>> ROUNDS = List.of(
            List.of(
                    new Mistake("reuses the oldest freed address instead of the newest", "01-objects",
                            Fault.replace("01-objects/src/main/java/pymem/identity/ReusingAddresses.java", "freed.pop()", "freed.pollLast()"), "1.2"),
                    new Mistake("takes a tuple that holds a list for mutable", "02-mutability",
                            Fault.insertAfter("02-mutability/src/main/java/pymem/mutability/Mutability.java", "public static boolean isMutable(PyObject obj)",
                                    "if (obj.kind() == pymem.model.Kind.TUPLE) { boolean[] holds = {false};"
                                            + " obj.forEachReferent(item -> holds[0] |= isMutable(item)); if (holds[0]) { return true; } }"), "2.1"),
                    new Mistake("forgets getrefcount's +1 for the argument", "04-refcount",
                            Fault.replace("04-refcount/src/main/java/pymem/refcount/RefCounts.java", "return obj.refcount() + 1;", "return obj.refcount();"), "4.2"),
                    new Mistake("treats a frozenset as atomic", "08-copy",
                            Fault.replace("08-copy/src/main/java/pymem/copy/Atoms.java", "|| x instanceof PyClass || x instanceof PyFunction;",
                                    "|| x instanceof PyClass || x instanceof PyFunction || x instanceof PyFrozenSet;"), "8.6"),
                    new Mistake("rounds a request down to its size class", "09-pymalloc",
                            Fault.replace("09-pymalloc/src/main/java/pymem/pymalloc/SizeClasses.java", "(nbytes - 1) >> MemoryLayout.ALIGNMENT_SHIFT",
                                    "(Math.max(1, nbytes - 8)) >> MemoryLayout.ALIGNMENT_SHIFT"), "9.1")),
            List.of(
                    new Mistake("releases the old object before taking the new one, so x = x frees x", "04-refcount",
                            Fault.replace("04-refcount/src/main/java/pymem/refcount/Statements.java",
                                    "        refCounts.incref(value);\n        PyObject old = namespace.bind(name, value);\n        // Release the old object only after the new binding is in place: old may be value itself.\n        if (old != null) {\n            refCounts.decref(old);\n        }",
                                    "        PyObject old = namespace.bind(name, value);\n        if (old != null) {\n            refCounts.decref(old);\n        }\n        refCounts.incref(value);"), "4.9")));

    /** Per mistake: the failed tests' feedback. */
    private static final Map<Mistake, List<TestResult>> FEEDBACK = new LinkedHashMap<>();

    @BeforeAll
    static void gradeTheMistakes() throws Exception {
        for (List<Mistake> round : ROUNDS) {
            Path copy = KitFixture.copyOfSolutions();
            try {
                for (Mistake m : round) {
                    m.edit().apply(copy);
                }
                GradeResult result;
                try (Grader grader = KitFixture.hiddenGrader()) {
                    result = grader.grade(new Submission("conceptual mistakes", copy));
                }
                for (Mistake m : round) {
                    ExerciseResult e = result.exercises().stream().filter(x -> x.exercise().folder().equals(m.exercise())).findFirst().orElseThrow();
                    assertThat(e.status()).as("%s: the edited %s still compiles and keeps the rules (%s)", m.name(), m.exercise(), e.detail())
                            .isEqualTo(ExerciseStatus.GRADED);
                    FEEDBACK.put(m, e.tests().stream().filter(t -> !t.passed()).toList());
                }
            } finally {
                KitFixture.delete(copy);
            }
        }
    }

    @Test
    @DisplayName("lose points for every mistake")
    void everyMistakeLosesPoints() {
        FEEDBACK.forEach((m, failed) -> assertThat(failed).as("failed hidden tests for the mistake: %s", m.name()).isNotEmpty());
    }

    @Test
    @DisplayName("name a concept and quote its rule in every failure")
    void everyFailureIsDescribed() {
        List<String> bare = new ArrayList<>();
        FEEDBACK.forEach((m, failed) -> {
            for (TestResult t : failed) {
                boolean headline = HEADLINE.matcher(t.feedback()).find() && !t.feedback().contains("(see the lesson)");
                if (!headline && !OUT_OF_MEMORY.matcher(t.feedback()).find()) {
                    bare.add(m.name() + " -> " + show(t));
                }
            }
        });
        assertThat(bare).as("feedback without a concept headline").isEmpty();
    }

    @Test
    @DisplayName("blame the broken concept, never another: every failure names it as its concept or as the prerequisite it depends on")
    void failuresNameTheBrokenConcept() {
        List<String> misplaced = new ArrayList<>();
        FEEDBACK.forEach((m, failed) -> {
            for (TestResult t : failed) {
                Matcher h = HEADLINE.matcher(t.feedback());
                if (h.find() && !h.group(1).equals(m.concept())) {
                    misplaced.add(m.name() + " (" + m.concept() + ") -> " + show(t));
                }
            }
        });
        assertThat(misplaced).as("failures that blame a concept the mistake did not break").isEmpty();
    }

    private static String show(TestResult t) {
        return t.test().number() + " " + t.test().name() + ": " + t.feedback();
    }
}
