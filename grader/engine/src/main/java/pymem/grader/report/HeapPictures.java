package pymem.grader.report;

import pymem.grading.picture.HeapSvg;
import pymem.grading.picture.SnapshotText;

/**
 * Draws a failed test's heap picture for the HTML report. The snapshot came from the test JVM, where the
 * submission ran: it is decoded strictly (bounded, well formed) and drawn here by the grader, which escapes
 * every text, so nothing a submission controls reaches the report as markup.
 */
final class HeapPictures {
    /**
     * At most this many pictures per exercise, the first failing tests' (a dense 60-object picture takes ELK about
     * 0.2 s to lay out; the first failures are the ones to look at anyway).
     */
    static final int PER_EXERCISE = 12;

    private HeapPictures() {
    }

    /** The inline SVG for a snapshot's text; empty for none, or for one that is not well formed. */
    static String svg(String snapshot) {
        if (snapshot == null || snapshot.isEmpty()) {
            return "";
        }
        try {
            return HeapSvg.of(SnapshotText.decode(snapshot));
        } catch (SnapshotText.MalformedSnapshot | RuntimeException | LinkageError e) {
            return ""; // a picture is a help: a report without it is still the report
        }
    }
}
