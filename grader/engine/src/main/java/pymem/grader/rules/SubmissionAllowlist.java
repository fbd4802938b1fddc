package pymem.grader.rules;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import pymem.grader.kit.Exercise;

/**
 * The allowlist every submitted exercise must keep, checked on the compiled classes before any of them runs.
 * A submission that breaks a rule is not executed: its tests score 0 and the report names the class, the
 * member and the rule. The rules keep grading honest (no reading the hidden tests, no exiting the test JVM)
 * and keep the exercises about what they teach (weak references are built, not borrowed from java.lang.ref).
 */
public final class SubmissionAllowlist {
    private static final Set<String> ALLOWED_PACKAGES = Set.of(
            "java.lang", "java.util", "java.util.function", "java.util.stream", "java.math");

    /** java.lang types that reach outside the exercise: processes, threads, class loading, the JVM itself. */
    private static final Set<String> FORBIDDEN_LANG_TYPES = Set.of(
            "java.lang.Runtime", "java.lang.Thread", "java.lang.ThreadGroup", "java.lang.ProcessBuilder",
            "java.lang.Process", "java.lang.ProcessHandle", "java.lang.ClassLoader", "java.lang.SecurityManager",
            "java.lang.StackWalker", "java.lang.Module", "java.lang.ModuleLayer", "java.lang.InheritableThreadLocal",
            "java.lang.ClassValue", "java.lang.ScopedValue",
            // java.util classes that load classes by name, or start threads
            "java.util.ServiceLoader", "java.util.ResourceBundle", "java.util.Timer", "java.util.TimerTask");

    /** Outside the allowed packages, only printing to System.out/err (never opening a PrintStream on a file). */
    private static final Set<String> ALLOWED_EXTRA_TYPES = Set.of("java.io.PrintStream", "java.io.Serializable");

    private static final Set<String> ALLOWED_SYSTEM_METHODS = Set.of(
            "arraycopy", "identityHashCode", "nanoTime", "currentTimeMillis", "lineSeparator");

    private static final Set<String> ALLOWED_CLASS_METHODS = Set.of(
            "getName", "getSimpleName", "getTypeName", "isInstance", "cast", "isAssignableFrom", "isArray",
            "getComponentType", "desiredAssertionStatus", "hashCode", "equals", "toString", "isEnum", "isRecord",
            "isInterface", "getSuperclass");

    private SubmissionAllowlist() {
    }

    /** Checks the classes under {@code classes}; returns one line per violation, empty when the code is clean. */
    public static List<String> check(Exercise exercise, Path classes) {
        return check(exercise, new ClassFileImporter().importPath(classes));
    }

    /** Checks classes already imported; returns one line per violation, empty when the code is clean. */
    public static List<String> check(Exercise exercise, JavaClasses imported) {
        List<String> violations = new ArrayList<>();
        for (ArchRule rule : rulesFor(exercise)) {
            EvaluationResult result = rule.evaluate(imported);
            if (result.hasViolation()) {
                for (String detail : result.getFailureReport().getDetails()) {
                    violations.add(detail + " [" + rule.getDescription().replaceFirst("^.*, because ", "") + "]");
                }
            }
        }
        return violations;
    }

    static List<ArchRule> rulesFor(Exercise exercise) {
        return List.of(
                classesStayInTheirExercisePackage(exercise),
                classesUseOnlyTheAllowedLibraries(exercise),
                noCodeTouchesTheJvmProcessOrTheEnvironment(),
                noCodeInspectsClassesByReflection(),
                noCodeWaitsOnMonitors(),
                noCodeOpensPrintStreams());
    }

    static ArchRule classesStayInTheirExercisePackage(Exercise exercise) {
        return noClasses().should(new com.tngtech.archunit.lang.ArchCondition<JavaClass>("reside outside package " + exercise.javaPackage()) {
            @Override
            public void check(JavaClass item, com.tngtech.archunit.lang.ConditionEvents events) {
                String pkg = item.getPackageName();
                boolean inside = pkg.equals(exercise.javaPackage()) || pkg.startsWith(exercise.javaPackage() + ".");
                if (!inside) {
                    events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(item,
                            "Class <" + item.getName() + "> is outside package " + exercise.javaPackage()));
                }
            }
        }).because("each exercise's code belongs in its own package (" + exercise.javaPackage() + ")");
    }

    static ArchRule classesUseOnlyTheAllowedLibraries(Exercise exercise) {
        DescribedPredicate<JavaClass> allowed = describe("allowed", c -> isAllowed(exercise, c));
        return noClasses().should().dependOnClassesThat(DescribedPredicate.not(allowed))
                .because("exercise code may only use java.lang basics, java.util, java.util.function/stream, java.math, "
                        + "pymem.model and its own package (no threads, files, network, reflection, java.lang.ref or process control)");
    }

    static boolean isAllowed(Exercise exercise, JavaClass target) {
        JavaClass c = target;
        while (c.isArray()) {
            c = c.getComponentType();
        }
        if (c.isPrimitive()) {
            return true;
        }
        String pkg = c.getPackageName();
        if (pkg.equals(exercise.javaPackage()) || pkg.startsWith(exercise.javaPackage() + ".")
                || pkg.equals("pymem.model") || pkg.startsWith("pymem.model.")) {
            return true;
        }
        if (ALLOWED_EXTRA_TYPES.contains(c.getName())) {
            return true;
        }
        return ALLOWED_PACKAGES.contains(pkg) && !FORBIDDEN_LANG_TYPES.contains(c.getName());
    }

    static ArchRule noCodeOpensPrintStreams() {
        DescribedPredicate<JavaAccess<?>> opens = describe("a PrintStream constructor",
                a -> a.getTargetOwner().getName().equals("java.io.PrintStream") && a.getName().equals("<init>"));
        return noClasses().should().accessTargetWhere(opens)
                .because("a new PrintStream can write files; print with System.out or System.err");
    }

    static ArchRule noCodeTouchesTheJvmProcessOrTheEnvironment() {
        DescribedPredicate<JavaAccess<?>> systemAccess = describe("a forbidden member of java.lang.System",
                a -> a.getTargetOwner().getName().equals("java.lang.System")
                        && !ALLOWED_SYSTEM_METHODS.contains(a.getName())
                        && !a.getName().equals("out") && !a.getName().equals("err"));
        return noClasses().should().accessTargetWhere(systemAccess)
                .because("System.exit, System.in, System.getenv/getProperty, System.setOut/setErr and loading native code "
                        + "reach outside the exercise (allowed: System.out, System.err, arraycopy, identityHashCode, nanoTime)");
    }

    static ArchRule noCodeInspectsClassesByReflection() {
        DescribedPredicate<JavaAccess<?>> reflective = describe("a reflective member of java.lang.Class",
                a -> a.getTargetOwner().getName().equals("java.lang.Class") && !ALLOWED_CLASS_METHODS.contains(a.getName()));
        return noClasses().should().accessTargetWhere(reflective)
                .because("reflection and resource loading (Class.forName, getDeclaredFields, getResource...) could read the tests");
    }

    static ArchRule noCodeWaitsOnMonitors() {
        DescribedPredicate<JavaAccess<?>> waits = describe("Object.wait",
                a -> a.getTargetOwner().getName().equals("java.lang.Object") && a.getName().equals("wait"));
        return noClasses().should().accessTargetWhere(waits)
                .because("nothing in an exercise needs to wait for another thread (a wait would hang the test)");
    }
}
