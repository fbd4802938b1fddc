package pymem.grader.batch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A SHA-256 fingerprint of a submission (a zip's bytes, or a folder's file names and contents in a fixed
 * order), plus the kit's own fingerprint, so that a batch re-run skips exactly the submissions whose grade
 * could not have changed.
 */
public final class ContentHash {
    private ContentHash() {
    }

    public static String of(Path submission, String kitFingerprint) throws IOException {
        MessageDigest sha = sha256();
        sha.update(kitFingerprint.getBytes(StandardCharsets.UTF_8));
        if (Files.isRegularFile(submission)) {
            feed(sha, submission);
        } else {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(submission)) {
                files = walk.filter(Files::isRegularFile).filter(p -> !p.toString().contains("/target/")).sorted().toList();
            }
            for (Path f : files) {
                sha.update(submission.relativize(f).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                feed(sha, f);
            }
        }
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

    private static void feed(MessageDigest sha, Path file) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                sha.update(buffer, 0, n);
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
