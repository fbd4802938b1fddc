package pymem.grading;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An exercise's concepts: id ({@code N.k}) to rule (one sentence). The lesson is the one source: its
 * {@code ## Concepts} section lists them as {@code - **4.3** getrefcount reports ...}. The hidden-test
 * build copies each lesson beside the exercise's tests ({@code pymem/refcount/README.md}), so that a running
 * test can quote a rule ({@link #rule}) and the kit can check the map against the tests.
 */
public final class ConceptMap {
    /** The section's heading, exactly. */
    public static final String HEADING = "## Concepts";
    /** An id: the exercise number, a dot, the concept's number within the exercise. */
    public static final Pattern ID = Pattern.compile("[1-9][0-9]*\\.[1-9][0-9]*");
    private static final Pattern ITEM = Pattern.compile("^- \\*\\*(" + ID.pattern() + ")\\*\\* (.+)$");
    private static final Map<Integer, ConceptMap> LOADED = new ConcurrentHashMap<>();

    private final Map<String, String> rules;

    private ConceptMap(Map<String, String> rules) {
        this.rules = Collections.unmodifiableMap(rules);
    }

    /**
     * The concept map in a lesson's text: the items of its {@code ## Concepts} section, in order. An item's
     * rule may continue on indented lines. Refuses a duplicate id, an item that is not of the shape above,
     * and a lesson without the section.
     */
    public static ConceptMap parse(String lesson) {
        Map<String, String> rules = new LinkedHashMap<>();
        boolean inside = false;
        String id = null;
        for (String line : lesson.split("\\R")) {
            if (line.startsWith("## ")) {
                inside = line.strip().equals(HEADING);
                id = null;
                continue;
            }
            if (!inside || line.isBlank()) {
                id = line.isBlank() ? null : id;
                continue;
            }
            Matcher m = ITEM.matcher(line);
            if (m.matches()) {
                id = m.group(1);
                if (rules.put(id, m.group(2).strip()) != null) {
                    throw new IllegalArgumentException("concept " + id + " is listed twice");
                }
            } else if (id != null && line.startsWith("  ")) {
                rules.put(id, rules.get(id) + " " + line.strip());
            } else if (line.startsWith("- ")) {
                throw new IllegalArgumentException("not a concept item (- **N.k** rule): " + line);
            }
        }
        if (rules.isEmpty()) {
            throw new IllegalArgumentException("the lesson has no " + HEADING + " section with items");
        }
        return new ConceptMap(rules);
    }

    /**
     * The map of the exercise whose tests include {@code testClass}: the lesson the build puts beside them
     * ({@code README.md} in their package, read with their class loader, since the grader loads each exercise's
     * tests apart). Remembered for {@link #rule}; empty when the lesson is not there.
     */
    public static Optional<ConceptMap> forTestsOf(Class<?> testClass) {
        String resource = testClass.getPackageName().replace('.', '/') + "/README.md";
        ClassLoader loader = testClass.getClassLoader();
        try (InputStream in = loader == null ? null : loader.getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            ConceptMap map = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            LOADED.put(exerciseOf(map.rules.keySet().iterator().next()), map);
            return Optional.of(map);
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /** The exercise number of a concept id: 4 for {@code "4.3"}. */
    public static int exerciseOf(String id) {
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("not a concept id: " + id);
        }
        return Integer.parseInt(id.substring(0, id.indexOf('.')));
    }

    /** {@code "4.3 (getrefcount reports ...)"}, or just the id when the lesson cannot be read. */
    public static String describe(String id) {
        return id + " (" + rule(id).orElse("see the lesson") + ")";
    }

    /** The rule of concept {@code id} from its exercise's lesson, once {@link #forTestsOf} has read it. */
    public static Optional<String> rule(String id) {
        ConceptMap map = LOADED.get(exerciseOf(id));
        return map == null ? Optional.empty() : Optional.ofNullable(map.rules.get(id));
    }

    /** Id to rule, in the lesson's order. */
    public Map<String, String> rules() {
        return rules;
    }
}
