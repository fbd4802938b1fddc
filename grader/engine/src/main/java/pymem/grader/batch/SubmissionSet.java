package pymem.grader.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import pymem.grader.BadInputException;

/**
 * The submissions of a class: every folder and every .zip directly under one folder, one per student, named
 * by the folder or file name. A {@link Shard} picks a deterministic slice of them.
 */
public final class SubmissionSet {
    private SubmissionSet() {
    }

    /** One student's submission. */
    public record Entry(String student, Path path) {
    }

    public static List<Entry> under(Path dir, Shard shard) {
        if (!Files.isDirectory(dir)) {
            throw new BadInputException("no such folder: " + dir + " (give the folder that holds one submission folder or .zip per student)");
        }
        try (Stream<Path> children = Files.list(dir)) {
            return children
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> Files.isDirectory(p) || p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".zip"))
                    .map(p -> new Entry(studentName(p), p))
                    .filter(e -> shard.includes(e.student()))
                    .sorted(java.util.Comparator.comparing(Entry::student))
                    .toList();
        } catch (IOException e) {
            throw new BadInputException("cannot list " + dir + ": " + e.getMessage());
        }
    }

    private static String studentName(Path p) {
        String name = p.getFileName().toString();
        return Files.isDirectory(p) ? name : name.substring(0, name.length() - 4);
    }

    /** Shard K of N: the students whose name hashes to K-1 modulo N (stable when students are added). */
    public record Shard(int index, int count) {
        public static final Shard ALL = new Shard(1, 1);

        public static Shard parse(String spec) {
            String[] parts = spec.split("/");
            try {
                Shard s = new Shard(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
                if (parts.length == 2 && s.count >= 1 && s.index >= 1 && s.index <= s.count) {
                    return s;
                }
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                // falls through to the error below
            }
            throw new BadInputException("--shard must be K/N with 1 <= K <= N, e.g. --shard 2/4, not '" + spec + "'");
        }

        boolean includes(String student) {
            return Math.floorMod(student.hashCode(), count) == index - 1;
        }
    }
}
