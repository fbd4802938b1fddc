package pymem.grader.misconceptions;

/**
 * One exact text replacement in a source file of the reference solution.
 *
 * @param file    the file's name inside the exercise's package folder (e.g. {@code RefCounts.java})
 * @param find    the text to replace: it must occur exactly once in the file, so that an unrelated edit of
 *                the reference either leaves the misconception valid or makes it fail loudly, never silently
 *                apply somewhere else
 * @param replace what takes its place (may be empty: the text is deleted)
 */
public record Edit(String file, String find, String replace) {

    /** {@code text} with this edit applied; the reason in the exception names the file and the count found. */
    String applyTo(String text) {
        int first = text.indexOf(find);
        if (first < 0) {
            throw new IllegalStateException("the text to find is not in " + file + " any more:\n" + find);
        }
        if (text.indexOf(find, first + 1) >= 0) {
            throw new IllegalStateException("the text to find occurs more than once in " + file + ":\n" + find);
        }
        return text.substring(0, first) + replace + text.substring(first + find.length());
    }
}
