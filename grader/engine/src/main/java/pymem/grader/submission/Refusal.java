package pymem.grader.submission;

/**
 * Why one entry of a submission was not taken, which zeroes the exercise it belongs to.
 *
 * @param entry  the entry, as the student knows it (a path relative to the submission or the zip's entry name)
 * @param reason what is wrong and what to do instead, e.g. {@code is a symbolic link: submit the file itself}
 */
public record Refusal(String entry, String reason) {
    /** Longer names (a zip entry's may be 64 KiB) are cut at the front: the file's own name is the telling end. */
    static final int MAX_NAME_CHARS = 200;

    public Refusal {
        String shown = printable(entry);
        entry = shown.length() <= MAX_NAME_CHARS ? shown : "..." + shown.substring(shown.length() - MAX_NAME_CHARS);
    }

    /** The one line a report shows, e.g. {@code 04-refcount/src/main/java/X.java is a symbolic link: ...}. */
    public String message() {
        return entry + " " + reason;
    }

    /**
     * The name with control characters (a newline in a file name would forge report lines) shown as {@code ?};
     * a plain scan, no regular expression, since the name is the student's.
     */
    static String printable(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            sb.append(c < 0x20 || c == 0x7f ? '?' : c);
        }
        return sb.toString();
    }
}
