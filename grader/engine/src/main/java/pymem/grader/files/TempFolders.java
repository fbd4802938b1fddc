package pymem.grader.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The grader's scratch folders: made private to this run, deleted without following any link inside. */
public final class TempFolders {
    private TempFolders() {
    }

    /** Deletes {@code dir} and everything in it; a link inside is removed, never followed. Best effort. */
    public static void delete(Path dir) {
        if (dir == null || !Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // a file left in a temp folder is not worth failing a grade for
                }
            });
        } catch (IOException | java.io.UncheckedIOException e) {
            // same: best effort
        }
    }
}
