package pymem.grader.submission;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import pymem.grader.BadInputException;

/**
 * Extracts a submission zip into a folder, holding it to the same rules as a submitted folder.
 *
 * <p>Only folders and {@code .java} files are extracted: nothing else is ever graded, so nothing else is
 * read. A symbolic link or special file (FIFO, device) is never materialised, and a source larger than
 * {@link IntakeLimits#MAX_FILE_BYTES} (or one past the zip's {@link IntakeLimits#MAX_ZIP_BYTES} budget) is not
 * extracted; each is returned as an {@link UnextractedEntry}, so that the exercise it belongs to is refused
 * with the reason while the others are graded. Sizes are counted while copying, so a lying header does not
 * help a zip bomb.
 *
 * <p>What makes the whole zip something other than a submission (exit 2, nothing graded): it is not a zip, it
 * is larger than {@link IntakeLimits#MAX_ZIP_BYTES}, it has more than {@link IntakeLimits#MAX_ZIP_ENTRIES}
 * entries, or an entry's name could escape the folder (absolute, {@code ..}, a drive letter, NUL). These are
 * checked before anything is written.
 *
 * <p>Apache Commons Compress reads the zip because the JDK's {@code java.util.zip} does not expose an entry's
 * unix mode, so it cannot tell a symbolic link entry from a file.
 */
public final class SafeUnzip {
    private static final int UNIX_FILE_TYPE = 0170000;
    private static final int UNIX_REGULAR_FILE = 0100000;
    private static final int UNIX_FOLDER = 0040000;

    private SafeUnzip() {
    }

    /** Extracts {@code zip} into {@code into} (created); returns the entries it did not extract. */
    public static List<UnextractedEntry> extract(Path zip, Path into) {
        checkSizeAndCount(zip);
        Path root = into.toAbsolutePath().normalize();
        try (ZipFile file = ZipFile.builder().setPath(zip).get()) {
            List<ZipArchiveEntry> entries = Collections.list(file.getEntries());
            if (entries.size() > IntakeLimits.MAX_ZIP_ENTRIES) {
                throw tooManyEntries(zip, entries.size());
            }
            for (ZipArchiveEntry entry : entries) {
                if (isUnsafe(entry.getName())) {
                    throw new BadInputException(zip + " contains the unsafe entry '" + Refusal.printable(entry.getName())
                            + "' (absolute path or '..'): re-create the zip from inside the submission folder");
                }
            }
            Files.createDirectories(root);
            return new Extraction(file, root).run(entries);
        } catch (IOException e) {
            throw new BadInputException(zip + " is not a readable zip file (" + e.getMessage() + "): submit a folder or a .zip of it");
        }
    }

    /**
     * Bounds the work before the zip's directory is read into memory: its size on disk, and its entry count as
     * the JDK's compact reader sees it (Commons Compress holds an object per entry).
     */
    private static void checkSizeAndCount(Path zip) {
        try {
            long size = Files.size(zip);
            if (size > IntakeLimits.MAX_ZIP_BYTES) {
                throw new BadInputException(zip + " is " + IntakeLimits.mib(size) + " (limit " + IntakeLimits.mib(IntakeLimits.MAX_ZIP_BYTES)
                        + "): a submission is a few source files; zip only the exercises folder");
            }
            try (java.util.zip.ZipFile jdk = new java.util.zip.ZipFile(zip.toFile())) {
                if (jdk.size() > IntakeLimits.MAX_ZIP_ENTRIES) {
                    throw tooManyEntries(zip, jdk.size());
                }
            }
        } catch (IOException e) {
            throw new BadInputException(zip + " is not a readable zip file (" + e.getMessage() + "): submit a folder or a .zip of it");
        }
    }

    private static BadInputException tooManyEntries(Path zip, int count) {
        return new BadInputException(zip + " has " + count + " entries (limit " + IntakeLimits.MAX_ZIP_ENTRIES + "): zip only the exercises folder");
    }

    /** Whether the entry name could land outside the folder it is extracted into; a plain scan, no regex. */
    static boolean isUnsafe(String name) {
        String n = slashes(name);
        if (n.startsWith("/") || n.indexOf('\0') >= 0) {
            return true;
        }
        if (n.length() >= 2 && n.charAt(1) == ':' && isAsciiLetter(n.charAt(0))) {
            return true;
        }
        for (String part : n.split("/", -1)) {
            if (part.equals("..")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    /** Zips made on Windows may separate folders with backslashes. */
    private static String slashes(String name) {
        return name.replace('\\', '/');
    }

    /** One pass over a zip's entries, with the byte budget it has left. */
    private static final class Extraction {
        private final ZipFile file;
        private final Path root;
        private final List<UnextractedEntry> unextracted = new ArrayList<>();
        private long written;

        Extraction(ZipFile file, Path root) {
            this.file = file;
            this.root = root;
        }

        List<UnextractedEntry> run(List<ZipArchiveEntry> entries) throws IOException {
            for (ZipArchiveEntry entry : entries) {
                String name = slashes(entry.getName());
                Path target = root.resolve(name).normalize();
                if (!target.startsWith(root)) {
                    throw new BadInputException("the zip entry '" + Refusal.printable(entry.getName()) + "' would land outside the folder it is extracted into");
                }
                int type = entry.getPlatform() == ZipArchiveEntry.PLATFORM_UNIX ? entry.getUnixMode() & UNIX_FILE_TYPE : 0;
                if (entry.isUnixSymlink()) {
                    skip(target, entry, "is a symbolic link: submit the file itself");
                } else if (type != 0 && type != UNIX_REGULAR_FILE && type != UNIX_FOLDER) {
                    skip(target, entry, "is a FIFO, device or socket, not a source file: submit the file itself");
                } else if (entry.isDirectory() || type == UNIX_FOLDER) {
                    createFolders(target, entry);
                } else if (name.endsWith(".java")) {
                    extractSource(target, entry);
                }
                // any other file is never graded, so it is not even extracted
            }
            return unextracted;
        }

        private void createFolders(Path target, ZipArchiveEntry entry) {
            try {
                Files.createDirectories(target);
            } catch (FileSystemException e) {
                skip(target, entry, "could not be extracted (a file and a folder of the same name?)");
            } catch (IOException e) {
                skip(target, entry, "could not be extracted (" + e.getClass().getSimpleName() + ")");
            }
        }

        private void extractSource(Path target, ZipArchiveEntry entry) {
            long declared = entry.getSize();
            if (declared > IntakeLimits.MAX_FILE_BYTES) {
                skip(target, entry, tooLarge(IntakeLimits.mib(declared)));
                return;
            }
            byte[] bytes;
            try (InputStream in = file.getInputStream(entry)) {
                // never more than one byte past the limit, whatever the header said
                bytes = in.readNBytes((int) IntakeLimits.MAX_FILE_BYTES + 1);
            } catch (IOException e) {
                skip(target, entry, "could not be read from the zip (" + e.getClass().getSimpleName() + "): re-create the zip");
                return;
            }
            if (bytes.length > IntakeLimits.MAX_FILE_BYTES) {
                skip(target, entry, tooLarge("more than " + IntakeLimits.mib(IntakeLimits.MAX_FILE_BYTES)));
                return;
            }
            if (written + bytes.length > IntakeLimits.MAX_ZIP_BYTES) {
                skip(target, entry, "was not extracted: the zip's sources add up to more than " + IntakeLimits.mib(IntakeLimits.MAX_ZIP_BYTES)
                        + "; zip only the exercises folder");
                return;
            }
            try {
                Files.createDirectories(target.getParent());
                Files.write(target, bytes, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE,
                        LinkOption.NOFOLLOW_LINKS);
                written += bytes.length;
            } catch (FileSystemException e) {
                skip(target, entry, "could not be extracted (a file and a folder of the same name?)");
            } catch (IOException e) {
                skip(target, entry, "could not be extracted (" + e.getClass().getSimpleName() + ")");
            }
        }

        private static String tooLarge(String size) {
            return "is " + size + " (limit " + IntakeLimits.mib(IntakeLimits.MAX_FILE_BYTES) + "): a source file is a few KB; was a data file renamed?";
        }

        /**
         * Records the entry as not extracted. Its folders are still made, so that the submission keeps its
         * layout: a zip whose only source is refused is found, and graded as that exercise refused.
         */
        private void skip(Path target, ZipArchiveEntry entry, String reason) {
            unextracted.add(new UnextractedEntry(target, new Refusal(entry.getName(), reason)));
            try {
                Files.createDirectories(target.getParent());
            } catch (IOException e) {
                // a file stands where a folder would be: the layout was broken anyway, the refusal says enough
            }
        }
    }
}
