package pymem.grader.batch.similarity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What the similarity check found in a class: the pairs at or above the threshold and what it did with each
 * exercise. Never read by the scoring: the gradebook shows it as a column of its own.
 *
 * @param threshold the similarity from which a pair is listed
 * @param scope     whether every pair of the class was compared, or only pairs within one shard
 * @param outcomes  per exercise, in lesson order
 * @param pairs     the pairs, the most similar first
 * @param seconds   time the whole check took
 */
public record SimilarityReport(double threshold, Scope scope, List<ExerciseOutcome> outcomes, List<SimilarPair> pairs, double seconds) {

    /** Which pairs of students were compared at all. */
    public enum Scope {
        /** Every pair of the class. */
        WHOLE_CLASS,
        /** Only pairs within one shard ({@code --shard K/N}): a copy across shards is not seen. */
        ONE_SHARD
    }

    /** The gradebook's "similar to" of {@code student}: {@code bob (04: 92%); carol (07: 85%)}, empty when none. */
    public String similarTo(String student) {
        List<String> parts = new ArrayList<>();
        pairs.stream()
                .filter(p -> p.studentA().equals(student) || p.studentB().equals(student))
                .sorted(Comparator.comparing(SimilarPair::exercise).thenComparing(p -> -p.similarity()))
                .forEach(p -> parts.add((p.studentA().equals(student) ? p.studentB() : p.studentA())
                        + " (" + p.exerciseNumber() + ": " + p.percent() + "%)"));
        return String.join("; ", parts);
    }
}
