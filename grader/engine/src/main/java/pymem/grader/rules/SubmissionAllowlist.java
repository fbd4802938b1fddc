package pymem.grader.rules;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import pymem.grader.kit.Exercise;

/**
 * What a submitted exercise may use, checked on its compiled classes before any of them runs. A submission
 * that breaks a rule is not executed: its tests score 0 and the report names the class, the member and the
 * rule. The rules keep grading honest (no reading the hidden tests, no exiting or outliving the test JVM) and
 * keep the exercises about what they teach (weak references are built, not borrowed from java.lang.ref).
 *
 * <p>Each rule's reason is written from the same sets the rule checks, so the two cannot disagree.
 */
public final class SubmissionAllowlist {
    /** The JDK packages a submission may use (each on its own: java.util does not admit java.util.concurrent). */
    static final Set<String> ALLOWED_PACKAGES = Set.of(
            "java.lang", "java.util", "java.util.function", "java.util.stream", "java.math");

    /** Outside the allowed packages, only printing to System.out/err (never opening a PrintStream on a file). */
    static final Set<String> ALLOWED_EXTRA_TYPES = Set.of("java.io.PrintStream", "java.io.Serializable");

    /** The provided model every exercise builds on, with its sub-packages. */
    static final String MODEL_PACKAGE = "pymem.model";

    /** Types of the allowed packages that reach outside the exercise: processes, threads, class loading, the JVM. */
    static final Set<String> FORBIDDEN_TYPES = Set.of(
            "java.lang.Runtime", "java.lang.Thread", "java.lang.ThreadGroup", "java.lang.ProcessBuilder",
            "java.lang.Process", "java.lang.ProcessHandle", "java.lang.ClassLoader", "java.lang.SecurityManager",
            "java.lang.StackWalker", "java.lang.Module", "java.lang.ModuleLayer", "java.lang.InheritableThreadLocal",
            "java.lang.ClassValue", "java.lang.ScopedValue",
            // java.util classes that load classes by name, or start threads
            "java.util.ServiceLoader", "java.util.ResourceBundle", "java.util.Timer", "java.util.TimerTask");

    static final String SYSTEM = "java.lang.System";
    static final Set<String> ALLOWED_SYSTEM_MEMBERS = Set.of(
            "out", "err", "arraycopy", "identityHashCode", "nanoTime", "currentTimeMillis", "lineSeparator");

    static final String CLASS = "java.lang.Class";
    static final Set<String> ALLOWED_CLASS_METHODS = Set.of(
            "getName", "getSimpleName", "getTypeName", "isInstance", "cast", "isAssignableFrom", "isArray",
            "getComponentType", "desiredAssertionStatus", "hashCode", "equals", "toString", "isEnum", "isRecord",
            "isInterface", "getSuperclass");

    static final String OBJECT = "java.lang.Object";
    static final String WAIT = "wait";

    static final String PRINT_STREAM = "java.io.PrintStream";

    private SubmissionAllowlist() {
    }

    /**
     * Checks a submitted exercise's classes; returns one line per violation (the class, the member and the
     * rule's reason), empty when the code is clean.
     */
    public static List<String> check(Exercise exercise, JavaClasses imported) {
        // A line broken by several rules is reported once, with the reason of the first (the most specific).
        Set<String> reported = new LinkedHashSet<>();
        List<String> violations = new ArrayList<>();
        for (Rule rule : rulesFor(exercise)) {
            EvaluationResult result = rule.archRule().evaluate(imported);
            for (String detail : result.getFailureReport().getDetails()) {
                if (reported.add(detail)) {
                    violations.add(detail + " [" + rule.reason() + "]");
                }
            }
        }
        return violations;
    }

    /** A rule and its reason, kept apart so that the report never has to cut the reason out of the rule's text. */
    record Rule(ArchRule archRule, String reason) {
        static Rule of(ArchRule unexplained, String reason) {
            return new Rule(unexplained.because(reason), reason);
        }
    }

    /** The rules, the specific ones first and the catch-all library rule last. */
    static List<Rule> rulesFor(Exercise exercise) {
        return List.of(
                classesStayInTheirExercisePackage(exercise),
                noCodeTouchesTheJvmProcessOrTheEnvironment(),
                noCodeInspectsClassesByReflection(),
                noCodeWaitsOnMonitors(),
                noCodeOpensPrintStreams(),
                classesUseOnlyTheAllowedLibraries(exercise));
    }

    static Rule classesStayInTheirExercisePackage(Exercise exercise) {
        ArchCondition<JavaClass> resideInIt = new ArchCondition<>("reside in package " + exercise.javaPackage()) {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                if (!isInOrUnder(type.getPackageName(), exercise.javaPackage())) {
                    events.add(SimpleConditionEvent.violated(type, type.getDescription() + " is in package "
                            + type.getPackageName() + " in " + type.getSourceCodeLocation()));
                }
            }
        };
        return Rule.of(classes().should(resideInIt),
                "an exercise's classes belong in its own package, " + exercise.javaPackage() + ", or a sub-package of it");
    }

    static Rule noCodeTouchesTheJvmProcessOrTheEnvironment() {
        DescribedPredicate<JavaAccess<?>> systemAccess = describe("a forbidden member of " + SYSTEM,
                a -> a.getTargetOwner().getName().equals(SYSTEM) && !ALLOWED_SYSTEM_MEMBERS.contains(a.getName()));
        return Rule.of(noClasses().should().accessTargetWhere(systemAccess),
                "of " + SYSTEM + " only " + sorted(ALLOWED_SYSTEM_MEMBERS) + " may be used; the rest reaches the process, "
                        + "the environment, the console or native code");
    }

    static Rule noCodeInspectsClassesByReflection() {
        DescribedPredicate<JavaAccess<?>> reflective = describe("a reflective member of " + CLASS,
                a -> a.getTargetOwner().getName().equals(CLASS) && !ALLOWED_CLASS_METHODS.contains(a.getName()));
        return Rule.of(noClasses().should().accessTargetWhere(reflective),
                "of " + CLASS + " only " + sorted(ALLOWED_CLASS_METHODS) + " may be used; reflection and resource "
                        + "loading could read the tests");
    }

    static Rule noCodeWaitsOnMonitors() {
        DescribedPredicate<JavaAccess<?>> waits = describe("Object." + WAIT,
                a -> a.getTargetOwner().getName().equals(OBJECT) && a.getName().equals(WAIT));
        return Rule.of(noClasses().should().accessTargetWhere(waits),
                "Object." + WAIT + " would hang the test: nothing in an exercise waits for another thread");
    }

    static Rule noCodeOpensPrintStreams() {
        DescribedPredicate<JavaAccess<?>> opens = describe("a " + PRINT_STREAM + " constructor",
                a -> a.getTargetOwner().getName().equals(PRINT_STREAM) && a.getName().equals("<init>"));
        return Rule.of(noClasses().should().accessTargetWhere(opens),
                "a new " + PRINT_STREAM + " can write a file; print with System.out or System.err");
    }

    static Rule classesUseOnlyTheAllowedLibraries(Exercise exercise) {
        DescribedPredicate<JavaClass> allowed = describe("allowed", type -> isAllowed(exercise, type));
        return Rule.of(noClasses().should().dependOnClassesThat(DescribedPredicate.not(allowed)),
                "exercise code may only use " + sorted(ALLOWED_PACKAGES) + ", " + sorted(ALLOWED_EXTRA_TYPES) + ", "
                        + MODEL_PACKAGE + " and its own package " + exercise.javaPackage() + ", and never "
                        + sorted(FORBIDDEN_TYPES));
    }

    static boolean isAllowed(Exercise exercise, JavaClass target) {
        JavaClass type = elementType(target);
        if (type.isPrimitive()) {
            return true;
        }
        String pkg = type.getPackageName();
        if (isInOrUnder(pkg, exercise.javaPackage()) || isInOrUnder(pkg, MODEL_PACKAGE) || ALLOWED_EXTRA_TYPES.contains(type.getName())) {
            return true;
        }
        return ALLOWED_PACKAGES.contains(pkg) && !FORBIDDEN_TYPES.contains(type.getName());
    }

    private static JavaClass elementType(JavaClass type) {
        JavaClass element = type;
        while (element.isArray()) {
            element = element.getComponentType();
        }
        return element;
    }

    private static boolean isInOrUnder(String pkg, String parent) {
        return pkg.equals(parent) || pkg.startsWith(parent + ".");
    }

    private static String sorted(Set<String> names) {
        return String.join(", ", new TreeSet<>(names));
    }

}
