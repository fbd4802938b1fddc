package pymem.grader.discovery;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import pymem.grader.files.ContentHash;
import pymem.grader.kit.ExerciseCatalog;
import pymem.grader.files.AtomicFiles;

/**
 * Remembers the enumerated tests between runs: JUnit discovery costs about a second, and its answer only
 * changes when the test classes or the stubs change. The cache key is a fingerprint of those files; a cache
 * that cannot be read or written is simply not used.
 */
public final class EnumerationCache {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path folder;

    /** Bumped whenever what is cached changes (v3: each test's concept; v4: each test's task, numbers in task order). */
    private static final String FORMAT = "v4";

    public EnumerationCache(Path folder) {
        this.folder = folder;
    }

    /** The default place: the user's temp folder, one cache per kit. */
    public static EnumerationCache forKit(Path kitRoot) {
        String id = Integer.toHexString(kitRoot.toAbsolutePath().normalize().toString().hashCode());
        return new EnumerationCache(Path.of(System.getProperty("java.io.tmpdir"), "pymem-kit-cache-" + id));
    }

    public List<GradedTest> get(List<Path> inputs, Supplier<List<GradedTest>> discover) {
        Path file;
        try {
            // the format's version is in the name: a grader that numbers or describes tests differently never
            // reads an older grader's list
            file = folder.resolve("tests-" + FORMAT + "-" + ContentHash.ofTests(inputs) + ".json");
        } catch (IOException e) {
            return discover.get();
        }
        if (Files.isRegularFile(file)) {
            try {
                return fromJson(JSON.readValue(file.toFile(), new TypeReference<List<Map<String, Object>>>() { }));
            } catch (IOException | RuntimeException e) {
                // unreadable: discover again
            }
        }
        List<GradedTest> tests = discover.get();
        try {
            AtomicFiles.write(file, JSON.writeValueAsString(toJson(tests)));
        } catch (IOException | RuntimeException e) {
            // not cached this time
        }
        return tests;
    }

    private static List<Map<String, Object>> toJson(List<GradedTest> tests) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (GradedTest t : tests) {
            out.add(Map.of("exercise", t.exercise().folder(), "number", t.number(), "uniqueId", t.uniqueId(), "name", t.name(),
                    "points", t.points(), "visibility", t.visibility().name(), "concept", t.concept(), "task", t.task()));
        }
        return out;
    }

    private static List<GradedTest> fromJson(List<Map<String, Object>> rows) {
        List<GradedTest> out = new ArrayList<>();
        for (Map<String, Object> r : rows) {
            out.add(new GradedTest(ExerciseCatalog.byFolder((String) r.get("exercise")).orElseThrow(), (String) r.get("number"),
                    (String) r.get("uniqueId"), (String) r.get("name"), ((Number) r.get("points")).intValue(),
                    pymem.grading.Visibility.Level.valueOf((String) r.get("visibility")), (String) r.get("concept"),
                    ((Number) r.get("task")).intValue()));
        }
        return out;
    }
}
