package pymem.grader;

import pymem.grader.files.TempFolders;
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

    /** Applies every injection in order. */
    static Injection all(Injection... steps) {
        return root -> {
            for (Injection step : steps) {
                step.apply(root);
            }
        };
    }

    /** Copies the folder {@code from} (anywhere, e.g. the kit) to {@code to} inside the submission, merging. */
    static Injection copyTree(Path from, String to) {
        return root -> {
            try (var walk = Files.walk(from)) {
                for (Path p : walk.toList()) {
                    Path dest = root.resolve(to).resolve(from.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(dest);
                    } else {
                        Files.createDirectories(dest.getParent());
                        Files.copy(p, dest, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        };
    }

    /** Replaces the submission's folder {@code folder} by a copy of {@code with} (e.g. an exercise's stub sources). */
    static Injection replaceTree(String folder, Path with) {
        return both(root -> TempFolders.delete(root.resolve(folder)), copyTree(with, folder));
    }

    static Injection delete(String file) {
        return root -> Files.delete(root.resolve(file));
    }

    /** A symbolic link at {@code link} to {@code target} (absolute, or relative to the link's folder). */
    static Injection symlink(String link, Path target) {
        return replacedBy(link, path -> Files.createSymbolicLink(path, target));
    }

    /** A hard link at {@code link} to the existing file {@code target} (same file system). */
    static Injection hardLink(String link, Path target) {
        return replacedBy(link, path -> Files.createLink(path, target));
    }

    /** Whatever is at {@code file} (if anything) replaced by what {@code make} creates there. */
    private static Injection replacedBy(String file, PathAction make) {
        return root -> {
            Path path = root.resolve(file);
            Files.createDirectories(path.getParent());
            Files.deleteIfExists(path);
            make.apply(path);
        };
    }

    @FunctionalInterface
    private interface PathAction {
        void apply(Path path) throws IOException;
    }

    /** A named pipe (FIFO) at {@code file}: opening it for reading blocks until someone opens it for writing. */
    static Injection fifo(String file) {
        return root -> {
            Path path = root.resolve(file);
            Files.createDirectories(path.getParent());
            try {
                Process p = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
                if (p.waitFor() != 0 || !Files.exists(path)) {
                    throw new IOException("mkfifo " + path + " failed");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
        };
    }

    /** A directory (not a file) at {@code path}, e.g. one whose name ends in .java. */
    static Injection directory(String path) {
        return root -> Files.createDirectories(root.resolve(path));
    }

    /** A large file written in a stream: {@code head}, then {@code unit} {@code times} times, then {@code tail}. */
    static Injection bigFile(String file, String head, String unit, long times, String tail) {
        return root -> {
            Path path = root.resolve(file);
            Files.createDirectories(path.getParent());
            byte[] u = unit.getBytes(StandardCharsets.UTF_8);
            try (var out = new java.io.BufferedOutputStream(Files.newOutputStream(path), 1 << 16)) {
                out.write(head.getBytes(StandardCharsets.UTF_8));
                for (long i = 0; i < times; i++) {
                    out.write(u);
                }
                out.write(tail.getBytes(StandardCharsets.UTF_8));
            }
        };
    }
}
