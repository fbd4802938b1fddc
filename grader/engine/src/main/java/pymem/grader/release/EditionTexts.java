package pymem.grader.release;

import com.samskivert.mustache.Mustache;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import pymem.grader.kit.Exercise;
import pymem.grader.kit.ExerciseCatalog;
import pymem.grader.kit.Kit;
import pymem.grader.files.AtomicFiles;

/**
 * The files the student edition has instead of the kit's: the student README (with the exercise table taken
 * from the lessons' titles), the GitHub Classroom workflow, the POSIX launcher and the line-ending rules that
 * keep the launchers runnable on every system, from this package's resources.
 */
final class EditionTexts {
    private EditionTexts() {
    }

    static void write(Kit kit, Path edition) throws IOException {
        AtomicFiles.write(edition.resolve("README.md"), readme(kit));
        AtomicFiles.write(edition.resolve(".github/workflows/classroom.yml"), resource("classroom.yml"));
        AtomicFiles.write(edition.resolve(".gitattributes"), resource("gitattributes"));
        AtomicFiles.write(edition.resolve(Kit.STUDENT_EDITION_MARKER),
                "This is the student edition of pymem-kit: ./grade offers a student's commands only.\n");
        Path launcher = edition.resolve("grade");
        AtomicFiles.write(launcher, resource("grade.sh"));
        try {
            Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (UnsupportedOperationException e) {
            // a Windows file system has no execute bit; git on the student's side still needs one, see the report
        }
    }

    static String readme(Kit kit) throws IOException {
        List<Map<String, Object>> exercises = new ArrayList<>();
        for (Exercise e : ExerciseCatalog.all()) {
            exercises.add(Map.of("number", String.format("%02d", e.number()), "folder", e.folder(), "title", title(kit, e)));
        }
        return Mustache.compiler().escapeHTML(false).compile(resource("README.md.mustache"))
                .execute(Map.of("exercises", exercises));
    }

    /** The lesson's first heading without its number, e.g. "Reference counting"; the folder name if none. */
    private static String title(Kit kit, Exercise e) throws IOException {
        Path lesson = kit.exercisesDir().resolve(e.folder()).resolve("README.md");
        if (!Files.isRegularFile(lesson)) {
            return e.folder();
        }
        try (var lines = Files.lines(lesson, StandardCharsets.UTF_8)) {
            return lines.filter(l -> l.startsWith("# ")).findFirst()
                    .map(l -> l.substring(2).replaceFirst("^\\d+\\s*[·.:-]\\s*", "").strip())
                    .orElse(e.folder());
        }
    }

    private static String resource(String name) {
        try (InputStream in = EditionTexts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the grader jar lacks its resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
