package pymem.grader.batch;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import pymem.grader.files.AtomicFiles;
import pymem.grader.score.GradeResult;

/**
 * The grades a batch already computed, kept as the kit's own JSON of {@link GradeResult}, one file per key:
 * the hash of the submission's content, of the tests and of the grader. A re-run reuses a grade only when all
 * three are unchanged. The cache lives in a folder of the batch's own ({@code .grade-cache}), beside the
 * report folders: never a file inside a student's report folder, which a report is rewritten into from the
 * cached result. Student code cannot write here: its test JVM sees a read-only filesystem, or runs as another
 * user, or (on a student's own machine) is refused every file API by the allowlist.
 */
public final class GradeCache {
    static final String FOLDER = ".grade-cache";
    private static final ObjectMapper JSON = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final Path dir;

    public GradeCache(Path batchOut) {
        this.dir = batchOut.resolve(FOLDER);
    }

    public Optional<GradeResult> get(String key) {
        Path file = dir.resolve(key + ".json");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), GradeResult.class));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // an unreadable entry is graded again
        }
    }

    public void put(String key, GradeResult result) throws IOException {
        AtomicFiles.write(dir.resolve(key + ".json"), JSON.writeValueAsBytes(result));
    }
}
