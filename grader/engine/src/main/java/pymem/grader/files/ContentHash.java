package pymem.grader.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * SHA-256 fingerprints: of a graded submission together with the kit that graded it (a batch re-run skips
 * exactly the submissions whose grade could not have changed), and of a kit's test files. A submission is
 * fingerprinted through its snapshot's own hash, never by walking the raw submission: it may hold links, FIFOs
 * or devices, which only the snapshot knows how to read.
 */
public final class ContentHash {
    private ContentHash() {
    }

    /** The fingerprint of a submission (its snapshot's hash) graded by a kit (its tests' and grader's fingerprint). */
    public static String of(String snapshotHash, String kitFingerprint) {
        MessageDigest sha = sha256();
        sha.update(kitFingerprint.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(snapshotHash.getBytes(StandardCharsets.UTF_8));
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

    /** A fresh SHA-256 digest (every JVM has one). */
    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
