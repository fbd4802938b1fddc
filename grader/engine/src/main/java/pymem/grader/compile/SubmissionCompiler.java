package pymem.grader.compile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import pymem.grader.kit.Exercise;

/**
 * Compiles all of a submission's exercises, fast when it can and isolated when it must. javac's cost is
 * mostly its own warm-up, so the exercises are first compiled together in one task; only when that fails
 * (a compile error somewhere) is each exercise compiled on its own, so that an error costs only its own
 * exercise. Sources that declare a package outside their exercise's are always compiled on their own, so
 * that the rule check sees each exercise's classes apart.
 */
public final class SubmissionCompiler {
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
    private final ExerciseCompiler compiler;

    public SubmissionCompiler(ExerciseCompiler compiler) {
        this.compiler = compiler;
    }

    /** The outcome per exercise; classes of exercise E go to {@code out/E.folder()}. */
    public Map<Exercise, CompileOutcome> compile(Map<Exercise, Path> sources, Path out) throws IOException {
        Map<Exercise, CompileOutcome> outcomes = new LinkedHashMap<>();
        if (sources.size() > 1 && allInTheirPackages(sources)) {
            Path together = out.resolve("_all");
            CompileOutcome all = compiler.compileTogether(List.copyOf(sources.values()), together);
            if (all.succeeded()) {
                for (Exercise e : sources.keySet()) {
                    Path target = out.resolve(e.folder());
                    Path from = together.resolve(e.packagePath());
                    Files.createDirectories(target.resolve(e.packagePath()).getParent());
                    if (Files.isDirectory(from)) {
                        Files.move(from, target.resolve(e.packagePath()), StandardCopyOption.ATOMIC_MOVE);
                    }
                    outcomes.put(e, new CompileOutcome(target, ""));
                }
                return outcomes;
            }
        }
        for (Map.Entry<Exercise, Path> e : sources.entrySet()) {
            outcomes.put(e.getKey(), compiler.compile(e.getValue(), out.resolve(e.getKey().folder())));
        }
        return outcomes;
    }

    private static boolean allInTheirPackages(Map<Exercise, Path> sources) throws IOException {
        for (Map.Entry<Exercise, Path> e : sources.entrySet()) {
            String own = e.getKey().javaPackage();
            try (Stream<Path> walk = Files.walk(e.getValue())) {
                for (Path file : walk.filter(p -> p.toString().endsWith(".java")).toList()) {
                    Matcher m = PACKAGE.matcher(Files.readString(file, StandardCharsets.ISO_8859_1));
                    if (!m.find() || !(m.group(1).equals(own) || m.group(1).startsWith(own + "."))) {
                        return false;
                    }
                }
            }
        }
        return true;
    }
}
