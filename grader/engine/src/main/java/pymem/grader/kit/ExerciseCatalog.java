package pymem.grader.kit;

import java.util.List;
import java.util.Optional;

/**
 * The registry of exercises, in lesson order. Adding an exercise to the kit means one line here (plus its
 * modules in the parent pom); the grader and the kit's invariant checks take everything else from it.
 */
public final class ExerciseCatalog {
    private static final List<Exercise> ALL = List.of(
            new Exercise(1, "01-objects", "pymem.identity"),
            new Exercise(2, "02-mutability", "pymem.mutability"),
            new Exercise(3, "03-namespaces", "pymem.namespaces"),
            new Exercise(4, "04-refcount", "pymem.refcount"),
            new Exercise(5, "05-gc", "pymem.gc"),
            new Exercise(6, "06-weakref", "pymem.weakref"),
            new Exercise(7, "07-sizeof", "pymem.sizeof"),
            new Exercise(8, "08-copy", "pymem.copy"),
            new Exercise(9, "09-pymalloc", "pymem.pymalloc"));

    private ExerciseCatalog() {
    }

    public static List<Exercise> all() {
        return ALL;
    }

    /** The exercise whose package is {@code javaPackage} or a sub-package of it. */
    public static Optional<Exercise> byPackage(String javaPackage) {
        return ALL.stream()
                .filter(e -> javaPackage.equals(e.javaPackage()) || javaPackage.startsWith(e.javaPackage() + "."))
                .findFirst();
    }

    /**
     * The exercise a person means by {@code name}: its number ({@code 4} or {@code 04}), its folder
     * ({@code 04-refcount}) or its topic ({@code refcount}), in any case.
     */
    public static Optional<Exercise> byName(String name) {
        String wanted = name.trim().toLowerCase(java.util.Locale.ROOT);
        return ALL.stream().filter(e -> wanted.equals(e.folder())
                || wanted.equals(e.folder().substring(e.folder().indexOf('-') + 1))
                || wanted.matches("0*" + e.number())).findFirst();
    }

    public static Optional<Exercise> byFolder(String folder) {
        return ALL.stream().filter(e -> e.folder().equals(folder)).findFirst();
    }
}
