package pymem.grader.kit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Which tests grade a submission: the kit's hidden tests, or (in the student edition, which has none) the
 * exercises' visible tests.
 *
 * @param kind          {@code hidden} or {@code visible}
 * @param roots         jars or class folders holding the test classes
 * @param defaultPoints points of a test without {@code @Points}
 */
public record TestSuite(String kind, List<Path> roots, int defaultPoints) {

    /** The hidden tests when the kit has them, else the visible ones. */
    public static TestSuite of(Kit kit) {
        Path hidden = kit.hiddenTests();
        if (hidden != null) {
            return new TestSuite("hidden", List.of(hidden), 0);
        }
        return visible(kit);
    }

    public static TestSuite visible(Kit kit) {
        List<Path> roots = new ArrayList<>();
        for (Exercise e : ExerciseCatalog.all()) {
            roots.add(kit.visibleTestClasses(e));
        }
        return new TestSuite("visible", roots, 1);
    }
}
