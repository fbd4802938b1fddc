package pymem.grader.misconceptions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import pymem.grader.kit.Exercise;
import pymem.grader.kit.ExerciseCatalog;
import pymem.grader.kit.Kit;

/**
 * The kit's own misconceptions, read from {@code grader/misconceptions/NN-topic/<slug>.txt}, one wrong
 * implementation per file:
 * <pre>
 * id: 04-refcount/getrefcount-without-plus-one
 * exercise: 04-refcount
 * concept: 4.3 getrefcount reports the count plus the argument's temporary reference
 * description: getrefcount returns the bare count, forgetting the reference the call's argument holds.
 * edit: RefCounts.java
 * find:
 *         return obj.refcount() + 1;
 * replace:
 *         return obj.refcount();
 * </pre>
 * The header lines come first ({@code #} lines are comments); then one or more edits, each {@code edit: FILE},
 * {@code find:} and the exact lines to find, {@code replace:} and the lines that replace them (none to
 * delete). A block ends at the next {@code replace:} or {@code edit:} line or at the end of the file; a
 * replacement's trailing empty lines are dropped. Text is kept exactly: indentation matters.
 */
public final class MisconceptionCorpus {
    /** Where the corpus lives in the kit. */
    public static final String FOLDER = "grader/misconceptions";

    private MisconceptionCorpus() {
    }

    public static Path folder(Kit kit) {
        return kit.root().resolve(FOLDER);
    }

    /** Every misconception of the kit, by exercise (lesson order), then by id. */
    public static List<Misconception> load(Kit kit) throws IOException {
        Path root = folder(kit);
        List<Misconception> all = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return all;
        }
        try (Stream<Path> files = Files.walk(root, 2)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
                all.add(parse(root.relativize(file), Files.readString(file, StandardCharsets.UTF_8)));
            }
        }
        all.sort(Comparator.comparing((Misconception m) -> m.exercise().number()).thenComparing(Misconception::id));
        return all;
    }

    /**
     * Parses one file; {@code relative} is its path under the corpus folder ({@code NN-topic/slug.txt}), from
     * which the id and exercise follow: the file's own {@code id} and {@code exercise} lines must agree.
     */
    static Misconception parse(Path relative, String text) {
        if (relative.getNameCount() != 2) {
            throw bad(relative, "a misconception file belongs in an exercise folder: NN-topic/slug.txt");
        }
        String folder = relative.getName(0).toString();
        String slug = relative.getName(1).toString().replaceFirst("\\.txt$", "");
        Exercise exercise = ExerciseCatalog.byFolder(folder).orElseThrow(() -> bad(relative, "no exercise " + folder));
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        Map<String, String> header = new LinkedHashMap<>();
        int i = 0;
        for (; i < lines.length && !lines[i].startsWith("edit:"); i++) {
            String line = lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw bad(relative, "line " + (i + 1) + " is not 'key: value': " + line);
            }
            header.put(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
        }
        for (String key : List.of("id", "exercise", "concept", "description")) {
            if (header.getOrDefault(key, "").isEmpty()) {
                throw bad(relative, "the '" + key + ":' line is missing or empty");
            }
        }
        String id = folder + "/" + slug;
        if (!header.get("id").equals(id) || !header.get("exercise").equals(folder)) {
            throw bad(relative, "id and exercise must match the file's place: id: " + id + ", exercise: " + folder);
        }
        List<Edit> edits = new ArrayList<>();
        while (i < lines.length) {
            String file = lines[i].substring("edit:".length()).trim();
            i++;
            if (i >= lines.length || !lines[i].equals("find:")) {
                throw bad(relative, "line " + (i + 1) + ": 'find:' must follow 'edit: " + file + "'");
            }
            int findStart = ++i;
            while (i < lines.length && !lines[i].equals("replace:")) {
                i++;
            }
            if (i >= lines.length) {
                throw bad(relative, "the edit of " + file + " has no 'replace:' line");
            }
            String find = String.join("\n", List.of(lines).subList(findStart, i));
            int replaceStart = ++i;
            while (i < lines.length && !lines[i].startsWith("edit:")) {
                i++;
            }
            int replaceEnd = i;
            while (replaceEnd > replaceStart && lines[replaceEnd - 1].isEmpty()) {
                replaceEnd--; // blank lines between blocks, or at the end of the file
            }
            String replace = String.join("\n", List.of(lines).subList(replaceStart, replaceEnd));
            if (find.isBlank()) {
                throw bad(relative, "the edit of " + file + " has nothing to find");
            }
            edits.add(new Edit(file, find, replace));
        }
        if (edits.isEmpty()) {
            throw bad(relative, "no 'edit:' block");
        }
        return new Misconception(id, exercise, header.get("concept"), header.get("description"), edits);
    }

    private static IllegalArgumentException bad(Path file, String why) {
        return new IllegalArgumentException(FOLDER + "/" + file + ": " + why);
    }
}
