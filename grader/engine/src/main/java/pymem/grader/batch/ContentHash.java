package pymem.grader.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import pymem.grader.submission.SubmissionSnapshot;

/**
 * A SHA-256 fingerprint of what a submission is graded on (its snapshot: the copied sources' paths and bytes,
 * and every refusal), plus the kit's own fingerprint, so that a batch re-run skips exactly the submissions
 * whose grade could not have changed. The raw submission is never walked here: it may hold links, FIFOs or
 * devices, which only {@link SubmissionSnapshot} knows how to read.
 */
public final class ContentHash {
    private ContentHash() {
    }

    public static String of(SubmissionSnapshot snapshot, String kitFingerprint) {
        MessageDigest sha = sha256();
        sha.update(kitFingerprint.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(snapshot.contentHash().getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(sha.digest());
    }

    /** A fingerprint of the tests a batch grades with: file names, sizes and modification times. */
    public static String ofTests(List<Path> roots) throws IOException {
        MessageDigest sha = sha256();
        for (Path root : roots) {
            if (!Files.exists(root)) {
                continue;
            }
            List<Path> files;
            try (Stream<Path> walk = Files.walk(root)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path f : files) {
                sha.update((f + "|" + Files.size(f) + "|" + Files.getLastModifiedTime(f).toMillis() + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
