package pymem.grader.batch.similarity;

/**
 * One of JPlag's matches between two students: a run of at least the minimum number of equal tokens, placed
 * back on the lines it covers on each side.
 *
 * @param number the match's number on the pair's page, from 1, the longest first
 * @param tokens how many tokens it covers
 * @param a      where it is in the first student's code
 * @param b      where it is in the second student's code
 */
public record MatchedRegion(int number, int tokens, Span a, Span b) {
    MatchedRegion swapped() {
        return new MatchedRegion(number, tokens, b, a);
    }
}
