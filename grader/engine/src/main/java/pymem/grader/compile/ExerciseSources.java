package pymem.grader.compile;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * The .java files under one exercise's source folder, found by a walk that stops after
 * {@link CompileBounds#maxSourceFiles()} entries, so that a submission with a huge folder tree costs no more
 * than a normal one.
 *
 * @param root     the exercise's source folder, absolute
 * @param files    its .java files, sorted
 * @param bytes    their total size
 * @param complete whether the walk saw every entry (false: the folder holds more than the bound)
 */
record ExerciseSources(Path root, List<Path> files, long bytes, boolean complete) {

    static ExerciseSources find(Path root, int maxEntries) throws IOException {
        Path absolute = root.toAbsolutePath().normalize();
        List<Path> files = new ArrayList<>();
        long[] bytes = {0};
        int[] entries = {0};
        boolean[] complete = {true};
        Files.walkFileTree(absolute, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return count();
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && file.getFileName().toString().endsWith(".java")) {
                    files.add(file);
                    bytes[0] += attrs.size();
                }
                return count();
            }

            private FileVisitResult count() {
                if (++entries[0] > maxEntries) {
                    complete[0] = false;
                    return FileVisitResult.TERMINATE;
                }
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort(null);
        return new ExerciseSources(absolute, List.copyOf(files), bytes[0], complete[0]);
    }

    SourceSet toSourceSet(Path out) {
        return new SourceSet(root.toString(), files.stream().map(Path::toString).toList(), out.toAbsolutePath().normalize().toString());
    }
}
