package pymem.grader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pymem.grader.cli.GradeCommand;

/** The command line contract: exit codes and one-line errors for bad input, nothing written elsewhere. */
@DisplayName("./grade")
class GradeCommandTest {

    /** Runs the CLI on the kit with stdout/stderr captured; returns {exit code, stdout, stderr}. */
    static Object[] run(String... args) {
        return runIn(KitFixture.KIT.root(), args);
    }

    /**
     * Runs the CLI on the kit at {@code kit} (the kit, or a student edition) with stdout/stderr captured;
     * returns {exit code, stdout, stderr}. The kit property and the streams are restored afterwards.
     */
    static Object[] runIn(Path kit, String... args) {
        String kitBefore = System.getProperty("pymem.kit");
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        System.setProperty("pymem.kit", kit.toString());
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            int code = GradeCommand.run(args);
            return new Object[] {code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8)};
        } finally {
            System.setOut(out);
            System.setErr(err);
            if (kitBefore == null) {
                System.clearProperty("pymem.kit");
            } else {
                System.setProperty("pymem.kit", kitBefore);
            }
        }
    }

    @Nested
    @DisplayName("given bad input")
    class BadInput {
        @TempDir
        Path tmp;

        void assertRejected(Object[] result, String mentions) throws IOException {
            assertThat(result[0]).as("exit status for bad input").isEqualTo(2);
            String err = ((String) result[2]).strip();
            assertThat(err.lines().count()).as("a one-line error, got: %s", err).isEqualTo(1);
            assertThat(err).as("the error names what is wrong").contains(mentions);
            try (var files = Files.list(tmp.resolve("out").getParent())) {
                assertThat(files.map(p -> p.getFileName().toString()).toList()).as("nothing written for bad input").doesNotContain("out");
            }
        }

        @Test
        @DisplayName("refuses a path that does not exist")
        void missingPath() throws IOException {
            assertRejected(run(tmp.resolve("nope").toString(), "--out", tmp.resolve("out").toString()), "no such file, folder or exercise");
        }

        @Test
        @DisplayName("refuses an exercise that does not exist, listing those that do")
        void unknownExercise() throws IOException {
            assertRejected(run("--exercise", "10", "--out", tmp.resolve("out").toString()), "--exercise 10 names no exercise (known: 01-objects");
        }

        @Test
        @DisplayName("refuses a file that is not a zip")
        void notAZip() throws IOException {
            Path txt = Files.writeString(tmp.resolve("essay.txt"), "hello");
            assertRejected(run(txt.toString(), "--out", tmp.resolve("out").toString()), "neither a folder nor a zip");
        }

        @Test
        @DisplayName("refuses a zip with a ../ entry and writes nothing outside its temporary folder")
        void zipSlip() throws IOException {
            Path zip = zip(tmp.resolve("evil.zip"), List.of("01-objects/src/main/java/x.java", "../../escaped.txt"));
            assertRejected(run(zip.toString(), "--out", tmp.resolve("out").toString()), "unsafe entry");
            assertThat(tmp.getParent().resolve("escaped.txt")).doesNotExist();
        }

        @Test
        @DisplayName("refuses a zip with an absolute entry")
        void absoluteEntry() throws IOException {
            Path zip = zip(tmp.resolve("abs.zip"), List.of("/tmp/pymem-absolute-entry.txt"));
            assertRejected(run(zip.toString(), "--out", tmp.resolve("out").toString()), "unsafe entry");
            assertThat(Path.of("/tmp/pymem-absolute-entry.txt")).doesNotExist();
        }

        @Test
        @DisplayName("refuses a zip bomb with too many entries")
        void tooManyEntries() throws IOException {
            List<String> names = new java.util.ArrayList<>();
            for (int i = 0; i < 5_001; i++) {
                names.add("01-objects/src/main/java/f" + i + ".java");
            }
            assertRejected(run(zip(tmp.resolve("many.zip"), names).toString(), "--out", tmp.resolve("out").toString()), "entries (limit");
        }

        @Test
        @DisplayName("refuses a zip file larger than the size limit")
        void tooLarge() throws IOException {
            Path file = tmp.resolve("huge.zip");
            try (OutputStream os = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(os)) {
                zip.setLevel(java.util.zip.Deflater.NO_COMPRESSION);
                byte[] zeros = new byte[1 << 20];
                for (int i = 0; i < 51; i++) {
                    zip.putNextEntry(new ZipEntry("01-objects/data/part" + i + ".bin"));
                    zip.write(zeros);
                    zip.closeEntry();
                }
            }
            assertRejected(run(file.toString(), "--out", tmp.resolve("out").toString()), "(limit 50.0 MiB)");
        }

        @Test
        @DisplayName("refuses an empty folder")
        void emptyFolder() throws IOException {
            Path empty = Files.createDirectories(tmp.resolve("empty"));
            assertRejected(run(empty.toString(), "--out", tmp.resolve("out").toString()), "holds no exercise folders");
        }

        @Test
        @DisplayName("refuses a --min-score that is not a percentage")
        void badMinScore() throws IOException {
            assertRejected(run("--solutions", "--min-score", "140", "--out", tmp.resolve("out").toString()), "--min-score");
        }

        @Test
        @DisplayName("refuses an unknown option")
        void unknownOption() throws IOException {
            assertRejected(run("--frobnicate", "--out", tmp.resolve("out").toString()), "frobnicate");
        }

        private Path zip(Path file, List<String> names) throws IOException {
            try (OutputStream os = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(os)) {
                for (String name : names) {
                    zip.putNextEntry(new ZipEntry(name));
                    zip.write("class X {}".getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                }
            }
            return file;
        }
    }

    @Test
    @DisplayName("grades a zip bomb: the exercise it is in scores 0 with the reason, nothing is extracted past the limit")
    void zipBombCostsOnlyItsExercise(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("bomb.zip");
        try (OutputStream os = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(os)) {
            zip.putNextEntry(new ZipEntry("01-objects/src/main/java/Big.java"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 60; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        Object[] result = run(file.toString(), "--out", tmp.resolve("out").toString());
        assertThat(result[0]).as("graded: %s", result[2]).isEqualTo(0);
        assertThat((String) result[1]).contains("refused", "01-objects/src/main/java/Big.java is 60.0 MiB (limit 1.0 MiB)");
        assertThat(tmp.resolve("out/results.json")).exists();
    }

    @Test
    @DisplayName("grades only the exercises named, by number or by folder, and leaves the others out of the reports")
    void gradesChosenExercisesOnly(@TempDir Path tmp) throws IOException {
        Object[] result = run("--solutions", "4", "--exercise", "08-copy", "--out", tmp.resolve("out").toString());

        assertThat(result[0]).as("graded: %s", result[2]).isEqualTo(0);
        String table = (String) result[1];
        assertThat(table).contains("04-refcount", "08-copy").doesNotContain("01-objects", "05-gc", "09-pymalloc");
        assertThat(table.lines().filter(l -> l.strip().startsWith("total"))).singleElement().asString().contains("100%");
        assertThat(Files.readString(tmp.resolve("out/results.json"))).contains("\"08-copy\"", "\"04-refcount\"").doesNotContain("\"01-objects\"", "\"05-gc\"");
    }

    @Test
    @DisplayName("grades the one exercise whose folder is given, within the submission around it")
    void gradesAnExerciseFolder(@TempDir Path tmp) throws IOException {
        Path exercise = tmp.resolve("submission/02-mutability");
        copy(KitFixture.KIT.root().resolve("solutions/02-mutability/src"), exercise.resolve("src"));

        Object[] result = run(exercise.toString(), "--out", tmp.resolve("out").toString());

        assertThat(result[0]).as("graded: %s", result[2]).isEqualTo(0);
        assertThat((String) result[1]).contains("02-mutability").doesNotContain("01-objects", "03-namespaces");
        assertThat(((String) result[1]).lines().filter(l -> l.strip().startsWith("total"))).singleElement().asString().contains("100%");
    }

    private static void copy(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }

    @Test
    @DisplayName("exits with 1 when --min-score is not met, and still writes the reports")
    void minScoreNotMet(@TempDir Path tmp) {
        Object[] result = run("--min-score", "50", "--quiet", "--out", tmp.resolve("out").toString());
        assertThat(result[0]).as("exit status for the stubs with --min-score 50").isEqualTo(1);
        assertThat(tmp.resolve("out/results.json")).exists();
        assertThat(tmp.resolve("out/junit.xml")).exists();
        assertThat(tmp.resolve("out/report.html")).exists();
    }

    @Test
    @DisplayName("grades the kit's misconceptions of one exercise: each one caught by a failing test")
    void misconceptionsOfOneExercise() {
        Object[] result = run("misconceptions", "--exercise", "03-namespaces");
        assertThat(result[0]).as("exit status: %s", result[2]).isEqualTo(0);
        assertThat((String) result[1]).as("the corpus of 03").contains("03-namespaces/").contains("misconceptions graded in")
                .doesNotContain("NOT CAUGHT");
    }
}
