package pymem.grader;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One injected fault for the hostile-submission corpus: a change to a copy of the reference solutions, and
 * what the grade must then say about the affected exercise.
 *
 * @param name     what the fault is, for the test's display name
 * @param exercise the exercise folder the fault is injected into
 * @param inject   the change, applied to the copy's root (which holds NN-topic folders)
 * @param status   the exercise's expected status ("graded", "rule violation", "compile error")
 * @param reason   text that must appear in the exercise's detail or in a failed test's feedback; empty when the
 *                 fault is harmless and the exercise must score full marks
 */
record Fault(String name, String exercise, Injection inject, String status, String reason) {

    @FunctionalInterface
    interface Injection {
        void apply(Path submission) throws IOException;
    }

    @Override
    public String toString() {
        return name;
    }

    /** Inserts {@code code} right after the opening brace that follows {@code marker} in {@code file}. */
    static Injection insertAfter(String file, String marker, String code) {
        return root -> {
            Path path = root.resolve(file);
            String text = Files.readString(path, StandardCharsets.UTF_8);
            int at = text.indexOf(marker);
            if (at < 0) {
                throw new IllegalStateException("marker '" + marker + "' not in " + file);
            }
            int brace = text.indexOf('{', at) + 1;
            Files.writeString(path, text.substring(0, brace) + "\n" + code + "\n" + text.substring(brace), StandardCharsets.UTF_8);
        };
    }

    /** Adds a source file (a helper class) to an exercise's package folder. */
    static Injection addFile(String file, String content, Charset charset) {
        return root -> {
            Path path = root.resolve(file);
            Files.createDirectories(path.getParent());
            Files.write(path, content.getBytes(charset));
        };
    }

    static Injection replace(String file, String from, String to) {
        return root -> {
            Path path = root.resolve(file);
            String text = Files.readString(path, StandardCharsets.UTF_8);
            if (!text.contains(from)) {
                throw new IllegalStateException("'" + from + "' not in " + file);
            }
            Files.writeString(path, text.replace(from, to), StandardCharsets.UTF_8);
        };
    }

    /** Replaces {@code from} by {@code to} in every source file under {@code folder}. */
    static Injection replaceEverywhere(String folder, String from, String to) {
        return root -> {
            try (var files = Files.walk(root.resolve(folder))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    String text = Files.readString(f, StandardCharsets.UTF_8);
                    Files.writeString(f, text.replace(from, to), StandardCharsets.UTF_8);
                }
            }
        };
    }

    static Injection both(Injection first, Injection second) {
        return root -> {
            first.apply(root);
            second.apply(root);
        };
    }
}
