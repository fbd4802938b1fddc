package pymem.grader.quality;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * One exercise's last differential run, read from the summary its suite writes under
 * solutions/NN-topic/target/differential/NN-topic.json ({@code mvn test}, or {@code bench/differential} for other
 * seeds): how many generated scenarios the reference answered as CPython 3.11 did.
 *
 * @param agree      scenarios answered as CPython did
 * @param total      scenarios replayed
 * @param outOfScope scenarios the model declares out of scope (the reference threw OutOfScopeError)
 * @param seed       the generator's seed
 */
public record DifferentialAgreement(int agree, int total, int outOfScope, long seed) {

    /** {@code agree/total}, and the out-of-scope count when there are any, as the quality table shows it. */
    public String text() {
        return String.format(Locale.ROOT, "%d/%d%s", agree, total, outOfScope == 0 ? "" : " (" + outOfScope + " out of scope)");
    }

    /** The summary of {@code exercise} in {@code differentialDir}, if a suite wrote one that can be read. */
    public static Optional<DifferentialAgreement> read(Path differentialDir, String exercise) {
        Path summary = differentialDir.resolve(exercise + ".json");
        if (!Files.isRegularFile(summary)) {
            return Optional.empty();
        }
        try {
            JsonNode json = new ObjectMapper().readTree(summary.toFile());
            return Optional.of(new DifferentialAgreement(json.path("agree").asInt(), json.path("total").asInt(),
                    json.path("outOfScope").asInt(), json.path("seed").asLong()));
        } catch (java.io.IOException e) {
            return Optional.empty();
        }
    }
}
