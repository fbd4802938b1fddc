package pymem.grader.submission;

import java.nio.file.Path;
import pymem.grader.kit.Exercise;

/**
 * What the snapshot took of one exercise.
 *
 * @param exercise the exercise
 * @param status   whether there are sources to grade, none, or sources that were refused
 * @param sources  for {@link Status#SOURCES}: the snapshot's copy of the exercise's {@code src/main/java}; else null
 * @param reason   for the other statuses: one line saying why, naming the entry (shown to the student)
 */
public record ExerciseSnapshot(Exercise exercise, Status status, Path sources, String reason) {

    public enum Status {
        /** The exercise's sources were copied into the snapshot, to be compiled and tested. */
        SOURCES,
        /** No folder for it, or no {@code .java} file in it. */
        NOT_SUBMITTED,
        /** An entry of its sources breaks an intake rule: the exercise scores 0 with the reason. */
        REFUSED
    }

    static ExerciseSnapshot taken(Exercise exercise, Path sources) {
        return new ExerciseSnapshot(exercise, Status.SOURCES, sources, "");
    }

    static ExerciseSnapshot notSubmitted(Exercise exercise, String reason) {
        return new ExerciseSnapshot(exercise, Status.NOT_SUBMITTED, null, reason);
    }

    static ExerciseSnapshot refused(Exercise exercise, Refusal refusal) {
        return new ExerciseSnapshot(exercise, Status.REFUSED, null, refusal.message());
    }
}
