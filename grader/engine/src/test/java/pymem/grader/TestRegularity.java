package pymem.grader;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import pymem.grading.CPythonFacts;

/**
 * The one shape every exercise's tests share, checked: a student who found task 2's tests in one exercise finds
 * them in the same place in the next, and the grader numbers tests by the task they belong to.
 *
 * <ul>
 *   <li>visible tests: one class per exercise, named after it ({@code 01-objects}: {@code ObjectsTest}), holding one
 *       {@code @Nested} class per task of the lesson, tagged {@code task:N} and named {@code "Task N: <title>"} (the
 *       lesson's {@code ### N. title}), in task order; no test method outside them;</li>
 *   <li>hidden tests: every {@code *HiddenTest} class tagged with its task ({@code task:N}, on the class), every task
 *       with at least one;</li>
 *   <li>hidden fixtures: the exercise's {@code *Facts} class (the {@code @CPythonFacts} one) and helpers named
 *       {@code *Fixtures}, nothing else.</li>
 * </ul>
 *
 * <p>Each check returns one line per irregularity, naming the file, so a failing kit test says where to look.
 * The inputs are plain values (a class, its source text, file names), so the checker is tested on small bad inputs.
 */
final class TestRegularity {
    private TestRegularity() {
    }

    /** The lesson's task headings: {@code ### 1. Addresses that are reused}. */
    private static final Pattern TASK_HEADING = Pattern.compile("^### (\\d+)\\. (.+?)\\s*$", Pattern.MULTILINE);
    private static final String TASK_TAG = "task:";
    static final String HIDDEN_TEST_SUFFIX = "HiddenTest";
    static final String FACTS_SUFFIX = "Facts";
    static final String FIXTURES_SUFFIX = "Fixtures";

    /** A lesson's tasks, number to title, in the lesson's order. */
    static Map<Integer, String> lessonTasks(String lesson) {
        Map<Integer, String> tasks = new LinkedHashMap<>();
        Matcher m = TASK_HEADING.matcher(lesson);
        while (m.find()) {
            tasks.put(Integer.parseInt(m.group(1)), m.group(2));
        }
        return tasks;
    }

    /** What a task's nested class and its hidden tests are named after: "Task 2: The small-int cache". */
    static String taskDisplayName(int task, String title) {
        return "Task " + task + ": " + title;
    }

    /** The visible test class of exercise {@code NN-topic}: {@code TopicTest}. */
    static String visibleClassName(String exerciseFolder) {
        String topic = exerciseFolder.substring(exerciseFolder.indexOf('-') + 1);
        return Character.toUpperCase(topic.charAt(0)) + topic.substring(1) + "Test";
    }

    /**
     * The visible test classes of one exercise.
     *
     * @param file     how messages name the class's file
     * @param topLevel the exercise's top-level visible test classes (their nested classes are read from them)
     * @param sources  each top-level class's source text, for the order of its nested classes (reflection does not
     *                 keep declaration order)
     */
    static List<String> visible(String exerciseFolder, Map<Integer, String> tasks, List<Class<?>> topLevel, Map<Class<?>, String> sources,
            java.util.function.Function<Class<?>, String> file) {
        List<String> problems = new ArrayList<>();
        String expected = visibleClassName(exerciseFolder);
        Set<Integer> covered = new TreeSet<>();
        if (topLevel.isEmpty()) {
            problems.add(exerciseFolder + ": no visible test class; expected " + expected);
        }
        for (Class<?> top : topLevel) {
            String where = file.apply(top);
            if (!top.getSimpleName().equals(expected)) {
                problems.add(where + ": visible test class " + top.getSimpleName() + " is not the exercise's one class, named " + expected);
            }
            for (Method m : sorted(top.getDeclaredMethods())) {
                if (isTest(m)) {
                    problems.add(where + ": test method " + m.getName() + "() is outside a task's @Nested class");
                }
            }
            List<Integer> order = new ArrayList<>();
            for (Class<?> nested : nestedInSourceOrder(top, sources.get(top))) {
                Optional<Integer> task = checkTaskClass(where, nested, tasks, problems);
                if (task.isEmpty()) {
                    continue;
                }
                if (order.contains(task.get())) {
                    problems.add(where + ": a second @Nested class for task " + task.get() + " (" + nested.getSimpleName() + ")");
                }
                order.add(task.get());
                if (hasTests(nested)) {
                    covered.add(task.get());
                }
            }
            List<Integer> inOrder = new ArrayList<>(order);
            inOrder.sort(Comparator.naturalOrder());
            if (!order.equals(inOrder)) {
                problems.add(where + ": the task classes are in the order " + order + ", not in task order " + inOrder);
            }
        }
        for (Map.Entry<Integer, String> t : tasks.entrySet()) {
            if (!covered.contains(t.getKey()) && !topLevel.isEmpty()) {
                problems.add(file.apply(topLevel.get(0)) + ": the lesson's task " + t.getKey() + " (" + t.getValue() + ") has no visible tests");
            }
        }
        return problems;
    }

    /** One nested class of a visible test class: a task's, with its tag and display name; returns its task. */
    private static Optional<Integer> checkTaskClass(String where, Class<?> nested, Map<Integer, String> tasks, List<String> problems) {
        String name = nested.getSimpleName();
        if (!nested.isAnnotationPresent(Nested.class)) {
            if (hasTests(nested)) {
                problems.add(where + ": class " + name + " holds tests but is not @Nested");
            }
            return Optional.empty();
        }
        List<Integer> own = taskTags(nested);
        if (own.size() != 1) {
            problems.add(where + ": @Nested class " + name + " has " + own.size() + " task tags; it needs exactly one @Tag(\"task:N\")");
            return Optional.empty();
        }
        int task = own.get(0);
        if (task < 0) {
            problems.add(where + ": @Nested class " + name + " has a task tag that is not task:N with N a number");
            return Optional.empty();
        }
        if (!tasks.containsKey(task)) {
            problems.add(where + ": @Nested class " + name + " is tagged task:" + task + ", which the lesson does not have (tasks " + tasks.keySet() + ")");
            return Optional.empty();
        }
        String wanted = taskDisplayName(task, tasks.get(task));
        DisplayName shown = nested.getAnnotation(DisplayName.class);
        if (shown == null || !shown.value().equals(wanted)) {
            problems.add(where + ": @Nested class " + name + " is named " + (shown == null ? "nothing" : "\"" + shown.value() + "\"")
                    + ", not the lesson's \"" + wanted + "\"");
        }
        return Optional.of(task);
    }

    /**
     * The hidden test classes of one exercise: each top-level {@code *HiddenTest} class names its task on the class,
     * and every task of the lesson has one.
     */
    static List<String> hidden(String exerciseFolder, Map<Integer, String> tasks, List<Class<?>> hiddenTests,
            java.util.function.Function<Class<?>, String> file) {
        List<String> problems = new ArrayList<>();
        Set<Integer> covered = new TreeSet<>();
        for (Class<?> c : hiddenTests) {
            String where = file.apply(c);
            List<Integer> own = taskTags(c);
            if (own.isEmpty()) {
                problems.add(where + ": hidden test class " + c.getSimpleName() + " has no class-level @Tag(\"task:N\")");
            } else if (own.size() > 1) {
                problems.add(where + ": hidden test class " + c.getSimpleName() + " has " + own.size() + " task tags; split it, one class per task");
            } else if (own.get(0) < 0 || !tasks.containsKey(own.get(0))) {
                problems.add(where + ": hidden test class " + c.getSimpleName() + " is tagged with a task the lesson does not have (tasks "
                        + tasks.keySet() + ")");
            } else if (hasTests(c)) {
                covered.add(own.get(0));
            }
            for (Method m : sorted(c.getDeclaredMethods())) {
                if (isTest(m) && !taskTags(m).isEmpty()) {
                    problems.add(where + ": test method " + m.getName() + "() has a task tag of its own; the class's tag is its task");
                }
            }
        }
        for (Map.Entry<Integer, String> t : tasks.entrySet()) {
            if (!covered.contains(t.getKey())) {
                problems.add("grader/hidden/" + exerciseFolder + ": the lesson's task " + t.getKey() + " (" + t.getValue() + ") has no hidden tests");
            }
        }
        return problems;
    }

    /**
     * The hidden folder's other files: {@code package-info.java}, one {@code *Facts} class annotated
     * {@code @CPythonFacts}, and fixtures named {@code *Fixtures}.
     *
     * @param files the exercise's hidden {@code .java} file names, each with its class if it has one
     */
    static List<String> hiddenFixtures(String folder, Map<String, Optional<Class<?>>> files) {
        List<String> problems = new ArrayList<>();
        int facts = 0;
        for (Map.Entry<String, Optional<Class<?>>> f : files.entrySet()) {
            String name = f.getKey();
            String where = folder + "/" + name;
            String simple = name.endsWith(".java") ? name.substring(0, name.length() - ".java".length()) : name;
            if (simple.equals("package-info") || simple.endsWith(HIDDEN_TEST_SUFFIX) || simple.endsWith(FIXTURES_SUFFIX)) {
                continue;
            }
            if (simple.endsWith(FACTS_SUFFIX)) {
                facts++;
                if (f.getValue().map(c -> !c.isAnnotationPresent(CPythonFacts.class)).orElse(false)) {
                    problems.add(where + ": " + simple + " is named as the exercise's facts but is not @CPythonFacts");
                }
                continue;
            }
            problems.add(where + ": hidden fixture " + simple + " is outside the naming scheme (*HiddenTest, the exercise's *Facts, *Fixtures)");
        }
        if (facts != 1) {
            problems.add(folder + ": " + facts + " *Facts classes; an exercise has exactly one, its @CPythonFacts class");
        }
        return problems;
    }

    /** The classes declared in {@code top}, in the order their declarations appear in its source. */
    private static List<Class<?>> nestedInSourceOrder(Class<?> top, String source) {
        List<Class<?>> nested = new ArrayList<>(Arrays.asList(top.getDeclaredClasses()));
        nested.sort(Comparator.comparingInt((Class<?> c) -> declarationIndex(source, c.getSimpleName())).thenComparing(Class::getSimpleName));
        return nested;
    }

    private static int declarationIndex(String source, String simpleName) {
        if (source == null) {
            return Integer.MAX_VALUE;
        }
        Matcher m = Pattern.compile("\\b(class|record|interface|enum)\\s+" + Pattern.quote(simpleName) + "\\b").matcher(source);
        return m.find() ? m.start() : Integer.MAX_VALUE;
    }

    /** The {@code task:N} tags on an element (N, or -1 for a tag that is not a number). */
    static List<Integer> taskTags(java.lang.reflect.AnnotatedElement element) {
        List<Integer> tasks = new ArrayList<>();
        for (Tag tag : element.getAnnotationsByType(Tag.class)) {
            if (tag.value().startsWith(TASK_TAG)) {
                try {
                    tasks.add(Integer.parseInt(tag.value().substring(TASK_TAG.length())));
                } catch (NumberFormatException e) {
                    tasks.add(-1);
                }
            }
        }
        return tasks;
    }

    private static boolean hasTests(Class<?> c) {
        if (Arrays.stream(c.getDeclaredMethods()).anyMatch(TestRegularity::isTest)) {
            return true;
        }
        return Arrays.stream(c.getDeclaredClasses()).filter(n -> !Modifier.isStatic(n.getModifiers())).anyMatch(TestRegularity::hasTests);
    }

    static boolean isTest(Method m) {
        return m.isAnnotationPresent(Test.class) || m.isAnnotationPresent(ParameterizedTest.class) || m.isAnnotationPresent(RepeatedTest.class)
                || m.isAnnotationPresent(TestFactory.class);
    }

    private static List<Method> sorted(Method[] methods) {
        List<Method> list = new ArrayList<>(Arrays.asList(methods));
        list.sort(Comparator.comparing(Method::getName));
        return list;
    }
}
