package pymem.grader.release;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import pymem.grader.kit.Exercise;
import pymem.grader.kit.ExerciseCatalog;
import pymem.grader.kit.Kit;
import pymem.grader.kit.StubPrints;

/**
 * Which of the kit's files the student edition copies as they are. It is an allowlist, never a blocklist: a
 * folder the kit gains later (and whatever it holds) stays out of the edition until someone adds it here.
 * The root and engine poms, the launcher, the README and the workflow are not copied but written by
 * {@link StudentEdition}.
 */
final class EditionContent {
    /** Folders copied whole (build output and editor files aside), relative to the kit root. */
    private static final List<String> FIXED_FOLDERS = List.of("exercises/model", "grader/testkit", ".mvn", "docs");
    /** Of the engine, only the program: its tests check the instructor's kit and cannot run without it. */
    private static final String ENGINE_PROGRAM = "grader/engine/src/main";
    /** Single files copied as they are. */
    private static final List<String> FILES = List.of("mvnw", "mvnw.cmd", "grade.cmd", ".gitignore", StubPrints.FILE);
    private static final Set<String> SKIPPED_NAMES = Set.of("target", "grade-report", ".idea", ".vscode", ".DS_Store");

    private EditionContent() {
    }

    /** The kit-relative paths of every regular file to copy, in a stable order. */
    static List<String> files(Kit kit) throws IOException {
        List<String> folders = new ArrayList<>(FIXED_FOLDERS);
        for (Exercise e : ExerciseCatalog.all()) {
            folders.add("exercises/" + e.folder());
        }
        folders.add(ENGINE_PROGRAM);
        List<String> out = new ArrayList<>();
        for (String file : FILES) {
            if (Files.isRegularFile(kit.root().resolve(file))) {
                out.add(file);
            }
        }
        for (String folder : folders) {
            Path dir = kit.root().resolve(folder);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.filter(Files::isRegularFile)
                        .map(p -> kit.root().relativize(p))
                        .filter(EditionContent::shipped)
                        .map(p -> p.toString().replace('\\', '/'))
                        .sorted()
                        .forEach(out::add);
            }
        }
        return out;
    }

    private static boolean shipped(Path relative) {
        for (Path part : relative) {
            String name = part.toString();
            if (SKIPPED_NAMES.contains(name) || name.endsWith(".iml") || name.endsWith(".class")) {
                return false;
            }
        }
        return true;
    }
}
