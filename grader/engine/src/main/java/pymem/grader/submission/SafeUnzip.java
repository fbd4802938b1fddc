package pymem.grader.submission;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import pymem.grader.BadInputException;

/**
 * Extracts a submission zip into a folder, refusing anything that could escape it or exhaust the disk.
 *
 * <p>Every entry is checked before anything is written: no absolute paths, no {@code ..} segments, no
 * drive letters; at most {@link #MAX_ENTRIES} entries and {@link #MAX_BYTES} bytes once expanded (counted
 * while copying, so a lying header does not help a zip bomb). On any refusal nothing is left behind.
 */
public final class SafeUnzip {
    static final int MAX_ENTRIES = 5_000;
    static final long MAX_BYTES = 50L * 1024 * 1024;

    private SafeUnzip() {
    }

    public static void extract(Path zip, Path into) {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            checkEntries(zip, file);
            long written = 0;
            Enumeration<? extends ZipEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                Path target = into.resolve(entry.getName()).normalize();
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = file.getInputStream(entry); OutputStream out = Files.newOutputStream(target)) {
                    written = copyBounded(zip, in, out, written);
                }
            }
        } catch (ZipException e) {
            throw new BadInputException(zip + " is not a readable zip file (" + e.getMessage() + "): submit a folder or a .zip of it");
        } catch (IOException e) {
            throw new BadInputException("cannot read " + zip + ": " + e.getMessage());
        }
    }

    private static void checkEntries(Path zip, ZipFile file) {
        if (file.size() > MAX_ENTRIES) {
            throw new BadInputException(zip + " has " + file.size() + " entries (limit " + MAX_ENTRIES + "): zip only the exercises folder");
        }
        Enumeration<? extends ZipEntry> entries = file.entries();
        while (entries.hasMoreElements()) {
            String name = entries.nextElement().getName();
            if (isUnsafe(name)) {
                throw new BadInputException(zip + " contains the unsafe entry '" + name + "' (absolute path or '..'): re-create the zip from inside the submission folder");
            }
        }
    }

    static boolean isUnsafe(String name) {
        String n = name.replace('\\', '/');
        if (n.startsWith("/") || n.matches("^[A-Za-z]:.*") || n.contains("\0")) {
            return true;
        }
        for (String part : n.split("/")) {
            if (part.equals("..")) {
                return true;
            }
        }
        return false;
    }

    private static long copyBounded(Path zip, InputStream in, OutputStream out, long writtenSoFar) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long written = writtenSoFar;
        int n;
        while ((n = in.read(buffer)) > 0) {
            written += n;
            if (written > MAX_BYTES) {
                throw new BadInputException(zip + " expands to more than " + (MAX_BYTES >> 20) + " MiB: a submission is a few source files; zip only the exercises folder");
            }
            out.write(buffer, 0, n);
        }
        return written;
    }
}
