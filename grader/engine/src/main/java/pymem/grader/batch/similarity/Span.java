package pymem.grader.batch.similarity;

/**
 * Lines of one file of one student's code.
 *
 * @param file  the file, relative to the student's sources ({@code pymem/refcount/RefCounts.java})
 * @param from  first line, from 1
 * @param to    last line, inclusive
 */
public record Span(String file, int from, int to) {
    public boolean covers(String f, int line) {
        return file.equals(f) && line >= from && line <= to;
    }
}
