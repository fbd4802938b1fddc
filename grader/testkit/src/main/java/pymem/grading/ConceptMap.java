package pymem.grading;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
 * build copies each lesson onto the test class path as {@code pymem/lessons/N/README.md}, so that a running
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

    /** Exercise {@code number}'s map, read once from the lesson on the class path. */
    public static ConceptMap ofExercise(int number) {
        return LOADED.computeIfAbsent(number, n -> {
            String resource = "pymem/lessons/" + n + "/README.md";
            try (InputStream in = ConceptMap.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("the lesson of exercise " + n + " is not on the class path (" + resource + ")");
                }
                return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** {@code "4.3 (getrefcount reports ...)"}, or just the id when the lesson cannot be read. */
    public static String describe(String id) {
        return id + " (" + rule(id).orElse("see the lesson") + ")";
    }

    /** The rule of concept {@code id} from its exercise's lesson. */
    public static Optional<String> rule(String id) {
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("not a concept id: " + id);
        }
        try {
            return Optional.ofNullable(ofExercise(Integer.parseInt(id.substring(0, id.indexOf('.')))).rules.get(id));
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /** Id to rule, in the lesson's order. */
    public Map<String, String> rules() {
        return rules;
    }
}
