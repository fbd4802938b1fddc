package pymem.grader.discovery;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathRoots;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import pymem.grader.kit.Exercise;
import pymem.grader.kit.ExerciseCatalog;
import pymem.grading.Concept;
import pymem.grading.Points;
import org.junit.platform.engine.TestTag;
import pymem.grading.Visibility;

/**
 * Enumerates every graded test before any student code runs, so that a submission that crashes, exits or
 * hangs still has every test accounted for.
 *
 * <p>Discovery loads the test classes (never initialising them) in a class loader of their own, next to the
 * kit's stubs: the stubs have exactly the API the tests were compiled against, so discovery cannot fail
 * whatever the submission looks like.
 */
public final class TestDiscovery {
    private TestDiscovery() {
    }

    /**
     * @param testRoots   jars or class folders holding the graded test classes
     * @param support     what those classes need to load: the model and the stubs
     * @param defaultPoints points of a test without {@code @Points} (visible tests), or 0 to treat that as 0
     */
    public static List<GradedTest> discover(List<Path> testRoots, List<Path> support, int defaultPoints) {
        List<Path> existingRoots = testRoots.stream().filter(Files::exists).toList();
        if (existingRoots.isEmpty()) {
            return List.of();
        }
        List<Path> all = new ArrayList<>(existingRoots);
        all.addAll(support);
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(urls(all), TestDiscovery.class.getClassLoader())) {
            Thread.currentThread().setContextClassLoader(loader);
            Launcher launcher = LauncherFactory.create();
            LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                    .selectors(selectClasspathRoots(new LinkedHashSet<>(existingRoots)))
                    .configurationParameter("junit.jupiter.extensions.autodetection.enabled", "false")
                    .build();
            TestPlan plan = launcher.discover(request);
            return graded(plan, defaultPoints);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot read the test classes: " + e.getMessage(), e);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    private static List<GradedTest> graded(TestPlan plan, int defaultPoints) {
        List<GradedTest> found = new ArrayList<>();
        for (TestIdentifier root : plan.getRoots()) {
            collect(plan, root, defaultPoints, found);
        }
        return numbered(found);
    }

    /**
     * Numbers each exercise's tests {@code E.1, E.2, ...} in the lesson's task order, and within a task in discovery
     * order: JUnit discovers classes sorted by name, which says nothing to a student, while 1.1 being task 1's first
     * test lets a student read the score table next to the lesson. Tests that name no task come last.
     */
    static List<GradedTest> numbered(List<GradedTest> found) {
        List<GradedTest> ordered = new ArrayList<>(found);
        // List.sort is stable: discovery order is kept within an exercise's task
        ordered.sort(Comparator.comparingInt((GradedTest t) -> t.exercise().number()).thenComparingInt(TestDiscovery::taskRank));
        List<GradedTest> out = new ArrayList<>();
        Map<Exercise, Integer> counters = new HashMap<>();
        for (GradedTest t : ordered) {
            int n = counters.merge(t.exercise(), 1, Integer::sum);
            out.add(new GradedTest(t.exercise(), t.exercise().number() + "." + n, t.uniqueId(), t.name(), t.points(), t.visibility(),
                    t.concept(), t.task()));
        }
        return out;
    }

    private static int taskRank(GradedTest t) {
        return t.task() == GradedTest.NO_TASK ? Integer.MAX_VALUE : t.task();
    }

    private static void collect(TestPlan plan, TestIdentifier id, int defaultPoints, List<GradedTest> out) {
        Optional<TestSource> source = id.getSource();
        if (source.isPresent() && source.get() instanceof MethodSource method) {
            Optional<Exercise> exercise = ExerciseCatalog.byPackage(packageOf(method.getClassName()));
            if (exercise.isPresent()) {
                Exercise e = exercise.get();
                Method javaMethod = method.getJavaMethod();
                Points points = javaMethod.getAnnotation(Points.class);
                // numbered once the whole plan is known, in task order (numbered)
                out.add(new GradedTest(e, "", id.getUniqueId(), displayName(plan, id),
                        points == null ? defaultPoints : points.value(), visibility(javaMethod), concept(javaMethod, id), task(javaMethod)));
            }
            return; // a method's children (parameterized invocations) are part of the same graded item
        }
        for (TestIdentifier child : plan.getChildren(id)) {
            collect(plan, child, defaultPoints, out);
        }
    }

    private static final String TASK_TAG = "task:";

    /**
     * The lesson task a test belongs to: the {@code task:N} tag nearest to it, on the method, else on its class, else
     * on the classes around a {@code @Nested} one.
     */
    static int task(Method method) {
        Optional<Integer> own = taskTag(method);
        Class<?> c = method.getDeclaringClass();
        while (own.isEmpty() && c != null) {
            own = taskTag(c);
            c = c.getEnclosingClass();
        }
        return own.orElse(GradedTest.NO_TASK);
    }

    private static Optional<Integer> taskTag(AnnotatedElement element) {
        for (Tag tag : element.getAnnotationsByType(Tag.class)) {
            if (tag.value().startsWith(TASK_TAG)) {
                try {
                    return Optional.of(Integer.parseInt(tag.value().substring(TASK_TAG.length())));
                } catch (NumberFormatException e) {
                    return Optional.empty(); // not a task number: the kit's TestRegularityTest names it
                }
            }
        }
        return Optional.empty();
    }

    /** The names students read: explicit class display names (not bare class names), then the method's. */
    private static String displayName(TestPlan plan, TestIdentifier id) {
        List<String> parts = new ArrayList<>();
        parts.add(id.getDisplayName());
        Optional<TestIdentifier> parent = plan.getParent(id);
        while (parent.isPresent()) {
            TestIdentifier p = parent.get();
            if (p.getSource().isPresent() && p.getSource().get() instanceof ClassSource cs) {
                String simple = cs.getClassName().substring(cs.getClassName().lastIndexOf('.') + 1);
                simple = simple.substring(simple.lastIndexOf('$') + 1);
                if (!p.getDisplayName().equals(simple)) {
                    parts.add(0, p.getDisplayName());
                }
            }
            parent = plan.getParent(p);
        }
        return String.join(" / ", parts);
    }

    /**
     * The concept a test grades: its {@code @Concept} (hidden tests), else its first {@code concept:N.k} tag
     * (visible tests, which may name several), else none.
     */
    private static String concept(Method method, TestIdentifier id) {
        Concept concept = method.getAnnotation(Concept.class);
        if (concept != null) {
            return concept.value();
        }
        return id.getTags().stream().map(TestTag::getName).filter(t -> t.startsWith(CONCEPT_TAG)).map(t -> t.substring(CONCEPT_TAG.length()))
                .findFirst().orElse("");
    }

    private static final String CONCEPT_TAG = "concept:";

    private static Visibility.Level visibility(Method method) {
        Visibility v = method.getAnnotation(Visibility.class);
        Class<?> c = method.getDeclaringClass();
        while (v == null && c != null) {
            v = ((AnnotatedElement) c).getAnnotation(Visibility.class);
            c = c.getEnclosingClass();
        }
        if (v == null) {
            // the exercise's default: @Visibility on the package (package-info.java beside its hidden tests)
            v = method.getDeclaringClass().getPackage().getAnnotation(Visibility.class);
        }
        return v == null ? Visibility.Level.VISIBLE : v.value();
    }

    private static String packageOf(String className) {
        int dot = className.lastIndexOf('.');
        return dot < 0 ? "" : className.substring(0, dot);
    }

    private static URL[] urls(List<Path> paths) {
        Set<URL> urls = new LinkedHashSet<>();
        for (Path p : paths) {
            try {
                urls.add(p.toUri().toURL());
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException(p.toString(), e);
            }
        }
        return urls.toArray(new URL[0]);
    }
}
