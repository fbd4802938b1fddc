package pymem.grader.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import pymem.grader.BadInputException;
import pymem.grader.kit.Exercise;
import pymem.grader.kit.ExerciseCatalog;

/**
 * What {@code ./grade}'s arguments ask for: at most one submission path, and the exercises to grade alone (all
 * of them when none is named). An argument that names an existing file or folder is a path; a path to one
 * exercise's folder ({@code exercises/04-refcount}) means that exercise of the submission around it; any
 * other argument must name an exercise ({@code 04}, {@code 4}, {@code 04-refcount}, {@code refcount}).
 *
 * @param path      the submission, or null for the working tree (or the reference, with --solutions)
 * @param exercises the exercises to grade, in lesson order; empty for all of them
 */
record Targets(Path path, Set<Exercise> exercises) {

    static Targets parse(List<String> arguments, List<String> exerciseOptions) {
        Path path = null;
        Set<Exercise> chosen = new LinkedHashSet<>();
        for (String argument : arguments) {
            Path candidate = Path.of(argument);
            Optional<Exercise> folder = exerciseFolder(candidate);
            Path submission;
            if (folder.isPresent()) {
                chosen.add(folder.get());
                submission = candidate.toAbsolutePath().normalize().getParent();
            } else if (Files.exists(candidate)) {
                submission = candidate;
            } else {
                chosen.add(ExerciseCatalog.byName(argument).orElseThrow(() -> new BadInputException("no such file, folder or exercise: "
                        + argument + " (give a submission folder or .zip, or an exercise such as 04 or 04-refcount)")));
                continue;
            }
            if (path != null && !path.toAbsolutePath().normalize().equals(submission.toAbsolutePath().normalize())) {
                throw new BadInputException("give one submission at a time, not both " + path + " and " + argument
                        + " (grade a class with ./grade batch DIR)");
            }
            path = submission;
        }
        for (String name : exerciseOptions) {
            chosen.add(ExerciseCatalog.byName(name).orElseThrow(() -> new BadInputException("--exercise " + name
                    + " names no exercise (known: " + ExerciseCatalog.all().stream().map(Exercise::folder).collect(Collectors.joining(", "))
                    + ", or their numbers)")));
        }
        return new Targets(path, chosen);
    }

    /** The exercise whose folder {@code path} is (a folder named like {@code 04-refcount} that has sources). */
    private static Optional<Exercise> exerciseFolder(Path path) {
        if (!Files.isDirectory(path) || path.toAbsolutePath().normalize().getFileName() == null) {
            return Optional.empty();
        }
        Path normalized = path.toAbsolutePath().normalize();
        return ExerciseCatalog.byFolder(normalized.getFileName().toString())
                .filter(e -> Files.isDirectory(normalized.resolve("src")) && normalized.getParent() != null);
    }
}
