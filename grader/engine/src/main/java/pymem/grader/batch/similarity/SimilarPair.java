package pymem.grader.batch.similarity;

import java.nio.file.Path;
import java.util.List;

/**
 * Two students whose code of one exercise JPlag found similar at or above the threshold: a flag for a human
 * to look at, never a change to a score.
 *
 * @param exercise      the exercise's folder ({@code 04-refcount})
 * @param studentA      the first student, in name order
 * @param studentB      the second
 * @param similarity    JPlag's average similarity, 0..1: matched tokens of both over all their tokens, the
 *                      stub's code (every student received it) left out
 * @param matchedTokens tokens the two share beyond the stub
 * @param regions       the matches, placed on lines of each side
 * @param codeA         the first student's copied sources of the exercise (to show them side by side)
 * @param codeB         the second's
 */
public record SimilarPair(String exercise, String studentA, String studentB, double similarity, int matchedTokens,
                          List<MatchedRegion> regions, Path codeA, Path codeB) {

    /** The exercise's number as the gradebook writes it: {@code 04}. */
    public String exerciseNumber() {
        return exercise.substring(0, Math.min(2, exercise.length()));
    }

    public long percent() {
        return Math.round(100 * similarity);
    }
}
