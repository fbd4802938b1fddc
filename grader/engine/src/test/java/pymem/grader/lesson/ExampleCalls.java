package pymem.grader.lesson;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The calls a lesson's Java examples make on the exercise's API: {@code Type.method(...)}, and
 * {@code name.method(...)} where an example declares {@code Type name = ...}. An example is a fragment, not a
 * compilation unit (it has no class around it and may end in a bare expression), so it is read with patterns,
 * after its {@code //} comments (which often hold the Python it stands for) are removed.
 */
final class ExampleCalls {
    private static final Pattern STATIC_CALL = Pattern.compile("\\b([A-Z][A-Za-z0-9_]*)\\.([a-z][A-Za-z0-9_]*)\\s*\\(");
    private static final Pattern VARIABLE_CALL = Pattern.compile("(?<![.\\w])([a-z][A-Za-z0-9_]*)\\.([a-z][A-Za-z0-9_]*)\\s*\\(");
    private static final Pattern DECLARATION = Pattern.compile("\\b([A-Z][A-Za-z0-9_]*)(?:<[^>=;]*>)?\\s+([a-z][A-Za-z0-9_]*)\\s*=[^=]");
    private static final Pattern LINE_COMMENT = Pattern.compile("//[^\\n]*");

    private final ApiIndex api;
    /** Variables declared anywhere in the lesson, with every type they were declared with. */
    private final Map<String, Set<String>> lessonVariables = new HashMap<>();

    /**
     * @param examples every Java example of the lesson (those of the model and the tasks' introduction
     *                 too), so that an example may use the names another one declared
     */
    ExampleCalls(ApiIndex api, List<String> examples) {
        this.api = api;
        // Every lesson's examples share one heap, as every test does; few of them declare it.
        lessonVariables.put("heap", new LinkedHashSet<>(List.of("Heap")));
        for (String example : examples) {
            declarations(example).forEach((name, type) ->
                    lessonVariables.computeIfAbsent(name, n -> new LinkedHashSet<>()).add(type));
        }
    }

    /** The calls of {@code example} to a method its type does not have, as {@code Type.method}. */
    List<String> unknownCalls(String example) {
        return unknownCalls(example, true);
    }

    /**
     * The {@code Type.method(...)} calls of {@code code} to a method the type does not have: for the inline
     * code of a lesson's text, where {@code gc.get_referrers(x)} is as likely Python as a call on a variable.
     */
    List<String> unknownStaticCalls(String code) {
        return unknownCalls(code, false);
    }

    private List<String> unknownCalls(String example, boolean variables) {
        String code = LINE_COMMENT.matcher(example).replaceAll("");
        Map<String, String> local = declarations(example);
        Set<String> unknown = new LinkedHashSet<>();
        Matcher s = STATIC_CALL.matcher(code);
        while (s.find()) {
            check(s.group(1), s.group(2), unknown);
        }
        Matcher v = VARIABLE_CALL.matcher(code);
        while (variables && v.find()) {
            String type = local.get(v.group(1));
            if (type == null) {
                Set<String> types = lessonVariables.getOrDefault(v.group(1), Set.of());
                // A name declared with two types in two examples is ambiguous outside them: not checked.
                type = types.size() == 1 ? types.iterator().next() : null;
            }
            if (type != null) {
                check(type, v.group(2), unknown);
            }
        }
        return new ArrayList<>(unknown);
    }

    private void check(String type, String method, Set<String> unknown) {
        // Types outside the exercise and the model (List.of, Math.max) are Java's, not the lesson's to check.
        if (api.knows(type) && !api.mayHaveMethod(type, method)) {
            unknown.add(type + "." + method);
        }
    }

    private static Map<String, String> declarations(String example) {
        Map<String, String> names = new HashMap<>();
        Matcher d = DECLARATION.matcher(LINE_COMMENT.matcher(example).replaceAll(""));
        while (d.find()) {
            names.put(d.group(2), d.group(1));
        }
        return names;
    }
}
