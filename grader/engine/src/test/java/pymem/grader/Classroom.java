package pymem.grader;

import pymem.grader.files.TempFolders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import pymem.grader.kit.Exercise;
import pymem.grader.kit.ExerciseCatalog;

/**
 * A generated class of submissions for the batch tests: each student's exercise is the reference, the untouched
 * stub, the reference with a compile error, or (07-sizeof only) partly correct: the reference with one class
 * swapped for its stub. Deterministic, so a failure names the same student every run.
 */
final class Classroom {
    /** What one exercise of one submission is made of. */
    enum Kind { REFERENCE, STUB, COMPILE_ERROR, PARTIAL }

    /** Exercise folder -> kind, per student, in student order. */
    final Map<String, Map<String, Kind>> plan = new LinkedHashMap<>();
    final Path dir;

    private Classroom(Path dir) {
        this.dir = dir;
    }

    /** Writes {@code count} submissions (student-00, student-01, ...) under {@code dir}. */
    static Classroom generate(Path dir, int count) throws IOException {
        Classroom c = new Classroom(dir);
        for (int i = 0; i < count; i++) {
            String student = String.format("student-%02d", i);
            Map<String, Kind> kinds = new LinkedHashMap<>();
            for (Exercise e : ExerciseCatalog.all()) {
                kinds.put(e.folder(), kindOf(i, e));
            }
            c.plan.put(student, kinds);
            for (Map.Entry<String, Kind> k : kinds.entrySet()) {
                c.write(dir.resolve(student), k.getKey(), k.getValue());
            }
        }
        return c;
    }

    /** Student 0 is the reference, student 1 the stubs; the others mix all four kinds. */
    private static Kind kindOf(int student, Exercise e) {
        if (student == 0) {
            return Kind.REFERENCE;
        }
        if (student == 1) {
            return Kind.STUB;
        }
        if (student % 3 == 2 && e.folder().equals("07-sizeof")) {
            return Kind.PARTIAL;
        }
        return switch ((student * 7 + e.number()) % 5) {
            case 0, 1 -> Kind.REFERENCE;
            case 2 -> Kind.STUB;
            case 3 -> Kind.COMPILE_ERROR;
            default -> Kind.REFERENCE;
        };
    }

    private void write(Path submission, String folder, Kind kind) throws IOException {
        Path kit = KitFixture.KIT.root();
        Path from = (kind == Kind.STUB ? kit.resolve("exercises") : kit.resolve("solutions")).resolve(folder).resolve("src/main/java");
        Path to = submission.resolve(folder).resolve("src/main/java");
        if (!Files.isDirectory(from)) {
            return; // an exercise the kit has no stub for yet: left out, so it scores 0 as not submitted
        }
        copyTree(from, to);
        switch (kind) {
            case COMPILE_ERROR -> {
                Path pkg = to.resolve(ExerciseCatalog.byFolder(folder).orElseThrow().packagePath());
                String name = ExerciseCatalog.byFolder(folder).orElseThrow().javaPackage();
                Files.writeString(pkg.resolve("Broken.java"), "package " + name + ";\nclass Broken { int x = \"not an int\"; }\n");
            }
            case PARTIAL -> {
                Path rel = Path.of("pymem/sizeof/StrSizes.java");
                Files.copy(kit.resolve("exercises").resolve(folder).resolve("src/main/java").resolve(rel), to.resolve(rel),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            default -> {
            }
        }
    }

    /** A class graded once per test JVM with {@code ./grade batch --jobs 2}, shared by the tests that read it. */
    record Graded(Classroom classroom, Path out, double seconds, String stdout) {
    }

    private static Graded graded;

    /** Size: {@code -Dpymem.acceptance.submissions=N} (bench/batch-acceptance.sh uses 30), else 4. */
    static synchronized Graded graded() throws IOException {
        if (graded == null) {
            int count = Integer.getInteger("pymem.acceptance.submissions", 4);
            Path root = Files.createTempDirectory("pymem-classroom-");
            // shared by several test classes, so it lives as long as the test JVM
            Runtime.getRuntime().addShutdownHook(new Thread(() -> TempFolders.delete(root)));
            Classroom c = generate(Files.createDirectories(root.resolve("submissions")), count);
            Path out = root.resolve("batch");
            long start = System.nanoTime();
            Object[] result = GradeCommandTest.run("batch", c.dir.toString(), "--jobs", "2", "--out", out.toString());
            double seconds = (System.nanoTime() - start) / 1e9;
            if (!result[0].equals(0)) {
                throw new IllegalStateException("./grade batch exited with " + result[0] + ": " + result[2]);
            }
            graded = new Graded(c, out, seconds, (String) result[1]);
        }
        return graded;
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            List<Path> all = new ArrayList<>(walk.toList());
            for (Path p : all) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
