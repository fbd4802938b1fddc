package pymem.grader.submission;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Lists the {@code .java} files of one exercise's {@code src/main/java} without following anything: every
 * entry is looked at with lstat, so a symbolic link, a FIFO or a device is seen for what it is and never
 * opened. The first entry that breaks an intake rule ends the walk with a {@link Refusal}. Entries that are
 * not {@code .java} files are counted (so that the walk stays bounded) but never read.
 */
final class SourceTreeWalk {
    private static final String SOURCE_SUFFIX = ".java";

    /** A regular {@code .java} file, by its lstat. */
    record SourceFile(Path path, String relative, long size) {
    }

    /** The walk's outcome: the source files in a fixed order, or the refusal that ended it. */
    record Outcome(List<SourceFile> files, Refusal refusal) {
        boolean refused() {
            return refusal != null;
        }
    }

    /** One folder still to list, with its path relative to {@code src/main/java} and its depth below it. */
    private record Pending(Path folder, String relative, int depth) {
    }

    private final EntryNames names;
    private int entries;
    private long bytes;

    private SourceTreeWalk(EntryNames names) {
        this.names = names;
    }

    /** Walks {@code sources}, which the caller has checked is a real folder (not a link). */
    static Outcome walk(Path sources, EntryNames names) {
        return new SourceTreeWalk(names).run(sources);
    }

    private Outcome run(Path sources) {
        List<SourceFile> files = new ArrayList<>();
        Deque<Pending> pending = new ArrayDeque<>();
        pending.push(new Pending(sources, "", 0));
        Path current = sources;
        try {
            while (!pending.isEmpty()) {
                Pending folder = pending.pop();
                current = folder.folder();
                List<Path> children = list(folder.folder());
                if (children == null) {
                    return refuse(sources, "holds more than " + IntakeLimits.MAX_ENTRIES_PER_EXERCISE + " files and folders (limit "
                            + IntakeLimits.MAX_ENTRIES_PER_EXERCISE + "): submit only the exercise's sources");
                }
                // pushed in reverse so that folders are listed in name order, which fixes which refusal comes first
                List<Pending> subfolders = new ArrayList<>();
                for (Path child : children) {
                    current = child;
                    String name = child.getFileName().toString();
                    String relative = folder.relative().isEmpty() ? name : folder.relative() + "/" + name;
                    BasicFileAttributes attributes = Files.readAttributes(child, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                    if (attributes.isSymbolicLink()) {
                        return refuse(child, "is a symbolic link: submit the file itself");
                    }
                    if (attributes.isDirectory()) {
                        if (name.endsWith(SOURCE_SUFFIX)) {
                            return refuse(child, "is a folder named like a source file: a source file must be a file");
                        }
                        if (folder.depth() + 1 > IntakeLimits.MAX_DEPTH) {
                            return refuse(child, "is nested deeper than " + IntakeLimits.MAX_DEPTH + " folders (limit " + IntakeLimits.MAX_DEPTH
                                    + "): a package is a few folders deep");
                        }
                        subfolders.add(new Pending(child, relative, folder.depth() + 1));
                        continue;
                    }
                    if (!name.endsWith(SOURCE_SUFFIX)) {
                        continue;
                    }
                    Refusal broken = checkSource(child, attributes);
                    if (broken != null) {
                        return new Outcome(List.of(), broken);
                    }
                    bytes += attributes.size();
                    if (bytes > IntakeLimits.MAX_EXERCISE_BYTES) {
                        return refuse(sources, "holds more than " + IntakeLimits.mib(IntakeLimits.MAX_EXERCISE_BYTES) + " of sources (limit "
                                + IntakeLimits.mib(IntakeLimits.MAX_EXERCISE_BYTES) + "): submit only the exercise's sources");
                    }
                    files.add(new SourceFile(child, relative, attributes.size()));
                }
                for (int i = subfolders.size() - 1; i >= 0; i--) {
                    pending.push(subfolders.get(i));
                }
            }
        } catch (NoSuchFileException e) {
            // listed but then not found: removed meanwhile, or a name the file system's encoding cannot round-trip
            return refuse(current, "could not be found again after it was listed (renamed meanwhile, or a name that is not valid UTF-8?)");
        } catch (IOException e) {
            return refuse(current, "could not be read (" + e.getClass().getSimpleName() + ")");
        }
        return new Outcome(files, null);
    }

    /** A {@code .java} entry that is not a folder: it must be a small regular file with one name. */
    private Refusal checkSource(Path file, BasicFileAttributes attributes) throws IOException {
        // links and folders were handled before: what is left and not a regular file is a FIFO, device or socket
        if (!attributes.isRegularFile()) {
            return refusal(file, "is a FIFO, device or socket, not a source file: submit the file itself");
        }
        int links = linkCount(file);
        if (links > 1) {
            return refusal(file, "has " + links + " hard links (a link to a file outside the submission?): submit a copy of the file");
        }
        if (attributes.size() > IntakeLimits.MAX_FILE_BYTES) {
            return refusal(file, "is " + IntakeLimits.mib(attributes.size()) + " (limit " + IntakeLimits.mib(IntakeLimits.MAX_FILE_BYTES)
                    + "): a source file is a few KB; was a data file renamed?");
        }
        return null;
    }

    /** How many names the file has; 1 where the file system cannot tell (no unix attributes). */
    private static int linkCount(Path file) throws IOException {
        if (!file.getFileSystem().supportedFileAttributeViews().contains("unix")) {
            return 1;
        }
        return (Integer) Files.getAttribute(file, "unix:nlink", LinkOption.NOFOLLOW_LINKS);
    }

    /**
     * The folder's entries in name order, or null once the exercise holds more entries than its limit (the
     * listing stops there, so a folder of a million files costs no more than one of the limit).
     */
    private List<Path> list(Path folder) throws IOException {
        List<Path> children = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            for (Path child : stream) {
                if (++entries > IntakeLimits.MAX_ENTRIES_PER_EXERCISE) {
                    return null;
                }
                children.add(child);
            }
        }
        children.sort(null);
        return children;
    }

    private Outcome refuse(Path entry, String reason) {
        return new Outcome(List.of(), refusal(entry, reason));
    }

    private Refusal refusal(Path entry, String reason) {
        return new Refusal(names.of(entry), reason);
    }
}
