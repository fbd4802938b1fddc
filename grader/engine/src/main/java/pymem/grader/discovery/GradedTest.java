package pymem.grader.discovery;

import pymem.grading.Visibility;
import pymem.grader.kit.Exercise;

/**
 * One graded item, known before anything runs: a test method (a parameterized test counts once).
 *
 * @param exercise    the exercise it grades
 * @param number      {@code E.N}: exercise number, then the test's position in that exercise, in task order
 * @param uniqueId    JUnit's unique id, used to select it in the test JVM
 * @param name        the display name shown to students (containers' names joined, then the method's)
 * @param points      the points it is worth
 * @param visibility  when Gradescope shows it to the student
 * @param concept     the id ({@code N.k}) of the one concept it grades, from {@code @Concept} or a
 *                    {@code concept:N.k} tag; empty when it names none
 * @param task        the lesson's task ({@code ### N.}) it belongs to, from the {@code task:N} tag of the method or
 *                    of a class around it; {@link #NO_TASK} when it names none
 */
public record GradedTest(Exercise exercise, String number, String uniqueId, String name, int points, Visibility.Level visibility, String concept,
        int task) {
    /** The task of a test that names none: such tests are numbered after every task's. */
    public static final int NO_TASK = 0;

    /** A test that names no task. */
    public GradedTest(Exercise exercise, String number, String uniqueId, String name, int points, Visibility.Level visibility, String concept) {
        this(exercise, number, uniqueId, name, points, visibility, concept, NO_TASK);
    }
}
