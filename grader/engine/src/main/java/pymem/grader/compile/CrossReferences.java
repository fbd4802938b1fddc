package pymem.grader.compile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import pymem.grader.kit.Exercise;

/**
 * After the exercises were compiled together: which of them use a class that another exercise's sources
 * declared (a file in 04's folder that says {@code package pymem.gc}). Such an exercise compiled only thanks
 * to the other one; graded alone (its test JVM holds its own classes only), it must compile alone too.
 *
 * <p>A class file names every class it uses in its constant pool, as an internal name ({@code pymem/gc/X});
 * a plain search of the bytes finds it. A false match only costs an exercise a compilation of its own.
 */
final class CrossReferences {
    private CrossReferences() {
    }

    static Set<Exercise> leaningOnOthers(Set<Exercise> exercises, Path out) throws IOException {
        Map<Exercise, List<Path>> classFiles = new HashMap<>();
        Map<Exercise, Set<String>> declared = new HashMap<>();
        for (Exercise e : exercises) {
            Path folder = out.resolve(e.folder());
            List<Path> files;
            if (Files.isDirectory(folder)) {
                try (Stream<Path> walk = Files.walk(folder)) {
                    files = walk.filter(p -> p.toString().endsWith(".class")).toList();
                }
            } else {
                files = List.of();
            }
            classFiles.put(e, files);
            Set<String> names = new HashSet<>();
            for (Path f : files) {
                String relative = folder.relativize(f).toString().replace('\\', '/');
                names.add(relative.substring(0, relative.length() - ".class".length()));
            }
            declared.put(e, names);
        }
        Set<Exercise> leaning = new HashSet<>();
        for (Exercise e : exercises) {
            Set<String> foreign = new HashSet<>();
            for (Exercise other : exercises) {
                if (!other.equals(e)) {
                    foreign.addAll(declared.get(other));
                }
            }
            if (!foreign.isEmpty() && anyUses(classFiles.get(e), foreign)) {
                leaning.add(e);
            }
        }
        return leaning;
    }

    private static boolean anyUses(List<Path> files, Set<String> internalNames) throws IOException {
        for (Path f : files) {
            String bytes = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
            for (String name : internalNames) {
                if (bytes.contains(name)) {
                    return true;
                }
            }
        }
        return false;
    }
}
