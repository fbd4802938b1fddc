package pymem.grader.rules;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget.CodeUnitAccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
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
import java.util.function.Predicate;
import pymem.grader.kit.Exercise;

/**
 * What a submitted exercise may use, checked on its compiled classes before any of them runs. A submission
 * that breaks a rule is not executed: its tests score 0 and the report names the class, the member and the
 * rule. The rules keep grading honest (no reading the hidden tests, no exiting or outliving the test JVM) and
 * keep the exercises about what they teach (weak references are built, not borrowed from java.lang.ref).
 *
 * <p>Each rule's reason is written from the same sets the rule checks, so the two cannot disagree. A rule
 * about a member also catches it when the call names a subtype (see {@link TypeHierarchy}).
 */
public final class SubmissionAllowlist {
    /** The JDK packages a submission may use (each on its own: java.util does not admit java.util.concurrent). */
    static final Set<String> ALLOWED_PACKAGES = Set.of(
            "java.lang", "java.util", "java.util.function", "java.util.stream", "java.math");

    /** Outside the allowed packages, only printing to System.out/err (never opening a PrintStream on a file). */
    static final Set<String> ALLOWED_EXTRA_TYPES = Set.of("java.io.PrintStream", "java.io.Serializable");

    /** The provided model every exercise builds on, with its sub-packages. */
    static final String MODEL_PACKAGE = "pymem.model";
    /** The one model class exercise code may not use: the hook the testkit draws failed tests' heaps with. */
    static final String MODEL_WATCH = MODEL_PACKAGE + ".ModelWatch";

    /** A frame of the call stack: it names the hidden tests' classes and methods. */
    static final String STACK_TRACE_ELEMENT = "java.lang.StackTraceElement";

    /** Types of the allowed packages that reach outside the exercise: processes, threads, class loading, the JVM. */
    static final Set<String> FORBIDDEN_TYPES = Set.of(
            "java.lang.Runtime", "java.lang.Thread", "java.lang.ThreadGroup", "java.lang.ProcessBuilder",
            "java.lang.Process", "java.lang.ProcessHandle", "java.lang.ClassLoader", "java.lang.SecurityManager",
            "java.lang.StackWalker", "java.lang.Module", "java.lang.ModuleLayer", "java.lang.InheritableThreadLocal",
            "java.lang.ClassValue", "java.lang.ScopedValue", SubmissionAllowlist.STACK_TRACE_ELEMENT,
            // java.util classes that load classes by name, or start threads
            "java.util.ServiceLoader", "java.util.ResourceBundle", "java.util.Timer", "java.util.TimerTask");

    /** The JVM's management interfaces, with their sub-packages: heap dumps, JVM arguments, diagnostics. */
    static final Set<String> MANAGEMENT_PACKAGES = Set.of(
            "java.lang.management", "javax.management", "com.sun.management", "jdk.management", "sun.management");

    /** Members that run work on the common ForkJoin pool, as {@code owner#name} (every overload). */
    static final Set<String> PARALLEL_MEMBERS = Set.of(
            "java.util.Collection#parallelStream", "java.util.stream.BaseStream#parallel",
            "java.util.Arrays#parallelSort", "java.util.Arrays#parallelPrefix", "java.util.Arrays#parallelSetAll",
            // every StreamSupport factory takes a parallel flag, which the class file does not show
            "java.util.stream.StreamSupport#stream", "java.util.stream.StreamSupport#intStream",
            "java.util.stream.StreamSupport#longStream", "java.util.stream.StreamSupport#doubleStream");

    /** Members that read the call stack, whose frames name the hidden tests' classes and methods. */
    static final Set<String> STACK_MEMBERS = Set.of(
            "java.lang.Throwable#getStackTrace", "java.lang.Throwable#setStackTrace", "java.lang.Throwable#fillInStackTrace");

    static final String SYSTEM = "java.lang.System";
    static final Set<String> ALLOWED_SYSTEM_MEMBERS = Set.of(
            "out", "err", "arraycopy", "identityHashCode", "nanoTime", "currentTimeMillis", "lineSeparator");

    static final String CLASS = "java.lang.Class";
    static final Set<String> ALLOWED_CLASS_METHODS = Set.of(
            "getName", "getSimpleName", "getTypeName", "isInstance", "cast", "isAssignableFrom", "isArray",
            "getComponentType", "desiredAssertionStatus", "hashCode", "equals", "toString", "isEnum", "isRecord",
            "isInterface", "getSuperclass");

    /** Object.wait's overloads by parameter types; all are final, so a call with this name and these is one of them. */
    static final String WAIT = "wait";
    static final Set<List<String>> WAIT_PARAMETERS = Set.of(List.of(), List.of("long"), List.of("long", "int"));

    static final String PRINT_STREAM = "java.io.PrintStream";
    static final String FINALIZER = "finalize";

    /**
     * What a refused exercise's every test says, before the violations: in {@code ./grade} and, word for word,
     * in the exercise's own {@code mvn test} (the testkit's {@code SubmissionRulesCheck}).
     */
    public static final String REFUSAL = "the exercise was not run because it breaks the kit's rules: ";

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
                noCodeUsesTheJvmsManagementInterfaces(),
                noCodeOpensFilesSocketsOrProcessesByName(),
                noCodeRunsWorkOnTheCommonForkJoinPool(),
                noClassDeclaresAFinalizer(),
                noCodeReadsTheCallStack(),
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

    static Rule noCodeUsesTheJvmsManagementInterfaces() {
        DescribedPredicate<JavaClass> management = describe("the JVM's management interfaces",
                type -> isInOrUnderAnyOf(elementType(type).getPackageName(), MANAGEMENT_PACKAGES));
        return Rule.of(noClasses().should().dependOnClassesThat(management),
                "the JVM's management interfaces (" + sorted(MANAGEMENT_PACKAGES) + ") dump the heap, read the JVM's "
                        + "arguments and control the JVM");
    }

    static Rule noCodeOpensFilesSocketsOrProcessesByName() {
        OpenerList openers = Openers.COMMITTED;
        Predicate<CodeUnitAccessTarget> opens = target -> {
            MemberKey called = MemberKey.of(target);
            // constructors are not inherited: a constructor call always names the class that declares it
            return called.isConstructor() ? openers.contains(called) : anySupertypeDeclares(target, openers::contains);
        };
        return Rule.of(classes().should(neverCallAMemberThat("opens a file, a socket or a process by name", opens)),
                "this JDK member opens files, sockets or processes by name (one of the " + openers.members().size()
                        + " that " + JdkOpeners.class.getSimpleName() + " derived from the JDK into the grader's list "
                        + OpenerList.RESOURCE + ")");
    }

    static Rule noCodeRunsWorkOnTheCommonForkJoinPool() {
        return Rule.of(classes().should(neverCallAMemberThat("runs work in parallel",
                        target -> anySupertypeDeclares(target, k -> PARALLEL_MEMBERS.contains(k.owner() + "#" + k.name())))),
                "parallel work (" + sortedMembers(PARALLEL_MEMBERS) + ") runs on the common ForkJoin pool and outlives the test");
    }

    static Rule noCodeReadsTheCallStack() {
        return Rule.of(classes().should(neverCallAMemberThat("reads the call stack",
                        target -> anySupertypeDeclares(target, k -> STACK_MEMBERS.contains(k.owner() + "#" + k.name())))),
                "the call stack (" + sortedMembers(STACK_MEMBERS) + ", " + STACK_TRACE_ELEMENT + ") names the hidden tests' "
                        + "classes and methods; let an exception carry its message instead");
    }

    static Rule noClassDeclaresAFinalizer() {
        ArchCondition<JavaClass> declareNoFinalizer = new ArchCondition<>("declare no finalizer") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                for (JavaMethod method : type.getMethods()) {
                    if (method.getName().equals(FINALIZER) && method.getRawParameterTypes().isEmpty()) {
                        events.add(SimpleConditionEvent.violated(method, method.getDescription()
                                + " overrides Object." + FINALIZER + "() in " + method.getSourceCodeLocation()));
                    }
                }
            }
        };
        return Rule.of(classes().should(declareNoFinalizer),
                "a finalizer (" + FINALIZER + "() declared in a submitted class) runs on the JVM's finalizer thread, after the test");
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
                a -> a.getTarget() instanceof CodeUnitAccessTarget target && target.getName().equals(WAIT)
                        && WAIT_PARAMETERS.contains(MemberKey.of(target).parameters()));
        return Rule.of(noClasses().should().accessTargetWhere(waits),
                "Object." + WAIT + " would hang the test: nothing in an exercise waits for another thread");
    }

    static Rule noCodeOpensPrintStreams() {
        DescribedPredicate<JavaAccess<?>> opens = describe("a " + PRINT_STREAM + " constructor",
                a -> a.getTargetOwner().getName().equals(PRINT_STREAM) && a.getName().equals(MemberKey.CONSTRUCTOR));
        return Rule.of(noClasses().should().accessTargetWhere(opens),
                "a new " + PRINT_STREAM + " can write a file; print with System.out or System.err");
    }

    static Rule classesUseOnlyTheAllowedLibraries(Exercise exercise) {
        DescribedPredicate<JavaClass> allowed = describe("allowed", type -> isAllowed(exercise, type));
        return Rule.of(noClasses().should().dependOnClassesThat(DescribedPredicate.not(allowed)),
                "exercise code may only use " + sorted(ALLOWED_PACKAGES) + ", " + sorted(ALLOWED_EXTRA_TYPES) + ", "
                        + MODEL_PACKAGE + " (but " + MODEL_WATCH + ") and its own package " + exercise.javaPackage() + ", and never "
                        + sorted(FORBIDDEN_TYPES) + " nor their subtypes");
    }

    static boolean isAllowed(Exercise exercise, JavaClass target) {
        JavaClass type = elementType(target);
        if (type.isPrimitive()) {
            return true;
        }
        String pkg = type.getPackageName();
        if (type.getName().equals(MODEL_WATCH) || type.getName().startsWith(MODEL_WATCH + "$")) {
            return false; // the test harness's hook (the heap picture): a submission has no business observing it
        }
        if (isInOrUnder(pkg, exercise.javaPackage()) || isInOrUnder(pkg, MODEL_PACKAGE) || ALLOWED_EXTRA_TYPES.contains(type.getName())) {
            return true;
        }
        return ALLOWED_PACKAGES.contains(pkg) && !TypeHierarchy.isOrExtendsAnyOf(type, FORBIDDEN_TYPES);
    }

    /**
     * A condition that each call to (or reference of) a constructor or method that {@code forbidden} accepts
     * violates. Used under {@code classes()}: under {@code noClasses()} a condition is inverted, and a condition
     * that reports violations would never report anything.
     */
    private static ArchCondition<JavaClass> neverCallAMemberThat(String description, Predicate<CodeUnitAccessTarget> forbidden) {
        return new ArchCondition<>("never call a member that " + description) {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                for (JavaAccess<?> access : type.getAccessesFromSelf()) {
                    if (access.getTarget() instanceof CodeUnitAccessTarget target && forbidden.test(target)) {
                        events.add(SimpleConditionEvent.violated(access, access.getDescription()));
                    }
                }
            }
        };
    }

    /** Whether {@code test} accepts the member as declared by the class the call names or by any of its supertypes. */
    private static boolean anySupertypeDeclares(CodeUnitAccessTarget target, Predicate<MemberKey> test) {
        MemberKey called = MemberKey.of(target);
        for (String type : TypeHierarchy.selfAndSupertypes(target.getOwner())) {
            if (test.test(called.on(type))) {
                return true;
            }
        }
        return false;
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

    private static boolean isInOrUnderAnyOf(String pkg, Set<String> parents) {
        return parents.stream().anyMatch(parent -> isInOrUnder(pkg, parent));
    }

    private static String sorted(Set<String> names) {
        return String.join(", ", new TreeSet<>(names));
    }

    /** {@code java.util.Arrays#parallelSort} as {@code Arrays.parallelSort}. */
    private static String sortedMembers(Set<String> members) {
        Set<String> shown = new TreeSet<>();
        for (String member : members) {
            String owner = member.substring(0, member.indexOf('#'));
            shown.add(owner.substring(owner.lastIndexOf('.') + 1) + "." + member.substring(member.indexOf('#') + 1));
        }
        return String.join(", ", shown);
    }

    /** Read on first use, not when the class loads: {@link JdkOpeners} uses the sets above to make the list. */
    private static final class Openers {
        static final OpenerList COMMITTED = OpenerList.committed();
    }
}
