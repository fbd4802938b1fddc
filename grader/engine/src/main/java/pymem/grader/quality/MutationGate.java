package pymem.grader.quality;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import pymem.grader.kit.Exercise;
import pymem.grader.kit.ExerciseCatalog;

/**
 * Run at the end of {@code mvn -Pmutation verify}: prints PIT's result per exercise (mutants, killed, score)
 * and fails the build when an exercise is below the 90% bar or was not mutated.
 */
public final class MutationGate {
    private MutationGate() {
    }

    public static void main(String[] args) {
        Path kit = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        StringBuilder sb = new StringBuilder("\nPIT: mutants of each reference solution killed by its hidden tests\n");
        sb.append(String.format(Locale.ROOT, "  %-14s %8s %8s %7s%n", "exercise", "mutants", "killed", "score"));
        boolean ok = true;
        for (Exercise e : ExerciseCatalog.all()) {
            Optional<MutationScore> score = MutationScore.read(kit.resolve("solutions").resolve(e.folder()).resolve("target/pit-reports"));
            if (score.isEmpty()) {
                sb.append(String.format(Locale.ROOT, "  %-14s %8s %8s %7s  no PIT report%n", e.folder(), "-", "-", "-"));
                ok = false;
                continue;
            }
            MutationScore s = score.get();
            ok &= s.meetsGate();
            sb.append(String.format(Locale.ROOT, "  %-14s %8d %8d %6.1f%%%s%n", e.folder(), s.mutants(), s.killed(), s.percent(),
                    s.meetsGate() ? "" : "  below the " + MutationScore.GATE_PERCENT + "% bar"));
        }
        System.out.println(sb);
        if (!ok) {
            // an exception (not System.exit) so that Maven's exec:java fails the build cleanly
            throw new IllegalStateException("mutation gate: every exercise needs a PIT report with at least "
                    + MutationScore.GATE_PERCENT + "% of mutants killed");
        }
    }
}
