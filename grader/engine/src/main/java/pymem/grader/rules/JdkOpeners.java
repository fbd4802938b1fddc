package pymem.grader.rules;

import com.tngtech.archunit.core.domain.AccessTarget.CodeUnitAccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.Location;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Derives from the running JDK which constructors and methods of the allowed packages open files, sockets or
 * processes by name (e.g. {@code new java.util.Formatter("out.txt")} writes a file), and writes them to
 * {@link OpenerList#RESOURCE} for {@link SubmissionAllowlist} to refuse.
 *
 * <p>It imports the JDK's classes of {@link SubmissionAllowlist#ALLOWED_PACKAGES}, the
 * {@link SubmissionAllowlist#ALLOWED_EXTRA_TYPES} and all their supertypes (a submission can call an inherited
 * member through any of them), and keeps each public or protected constructor and method that is a {@link Sink}
 * itself or whose body calls one, directly or through constructors and methods of its own class up to
 * {@link #DELEGATION_DEPTH} calls deep. It never follows calls into other classes: with lazy class
 * initialisation, almost every JDK member reaches a file somewhere, and the list would refuse everything.
 *
 * <p>Run it once on each JDK the kit supports; the file keeps the union:
 * {@code java -cp grader/engine/target/pymem-grader.jar pymem.grader.rules.JdkOpeners [list file]}.
 */
public final class JdkOpeners {
    /** How deep a member's calls to its own class's constructors and methods are followed (its own body is 1). */
    static final int DELEGATION_DEPTH = 3;
    /** The committed list, from the kit's root. */
    static final String LIST_FILE = "grader/engine/src/main/resources/pymem/grader/rules/" + OpenerList.RESOURCE;

    private JdkOpeners() {
    }

    /** Regenerates the list: adds what the running JDK derives to the list file (default {@link #LIST_FILE}). */
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args.length > 0 ? args[0] : LIST_FILE);
        SortedSet<String> derived = derive();
        OpenerList list = OpenerList.read(file).plus(Runtime.version().feature(), Runtime.version().toString(), derived);
        list.write(file, header());
        System.out.println("JDK " + Runtime.version() + ": " + derived.size() + " openers derived, "
                + list.members().size() + " in " + file);
    }

    /** The openers of the running JDK, as {@link MemberKey} texts. */
    public static SortedSet<String> derive() {
        SortedSet<String> openers = new TreeSet<>();
        for (JavaClass type : importAllowedClassesAndTheirSupertypes()) {
            if (type.isAnonymousClass() || type.isLocalClass()) {
                continue; // nothing outside can name them: their members are reached through a supertype's
            }
            for (JavaCodeUnit member : type.getCodeUnits()) {
                if (isCallableFromAnotherPackage(member) && (isASink(member) || callsASink(member, DELEGATION_DEPTH))) {
                    openers.add(MemberKey.of(member).toString());
                }
            }
        }
        return openers;
    }

    static List<String> header() {
        List<String> header = new ArrayList<>();
        header.add("JDK constructors and methods that open files, sockets or processes by name. SubmissionAllowlist");
        header.add("refuses any call to one of them, also through a subclass. Derived, not written by hand:");
        header.add(JdkOpeners.class.getName() + " imports the JDK's classes in " + String.join(", ", new TreeSet<>(SubmissionAllowlist.ALLOWED_PACKAGES)));
        header.add("and " + String.join(", ", new TreeSet<>(SubmissionAllowlist.ALLOWED_EXTRA_TYPES)) + " with all their supertypes, and lists each");
        header.add("public or protected constructor and method that is a sink, or whose body calls one directly or through");
        header.add("constructors and methods of its own class (at most " + DELEGATION_DEPTH + " calls deep). The sinks:");
        for (Sink sink : Sink.values()) {
            header.add("  " + sink.describe());
        }
        header.add("Regenerate on every JDK the kit supports (the file keeps the union; JdkOpenersTest fails when the");
        header.add("running JDK derives a member that is missing here), from the kit's root after building the grader:");
        header.add("  java -cp grader/engine/target/pymem-grader.jar " + JdkOpeners.class.getName() + " " + LIST_FILE);
        return header;
    }

    private static boolean isCallableFromAnotherPackage(JavaCodeUnit member) {
        Set<JavaModifier> modifiers = member.getModifiers();
        return (modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED))
                && !modifiers.contains(JavaModifier.SYNTHETIC);
    }

    private static boolean isASink(JavaCodeUnit member) {
        return Sink.of(member.getOwner().getName(), member.getName()).isPresent();
    }

    private static boolean callsASink(JavaCodeUnit member, int depth) {
        for (JavaAccess<?> access : member.getAccessesFromSelf()) {
            if (!(access.getTarget() instanceof CodeUnitAccessTarget target)) {
                continue; // reading a field opens nothing
            }
            if (Sink.of(target.getOwner().getName(), target.getName()).isPresent()) {
                return true;
            }
            if (depth > 1 && target.getOwner().equals(member.getOwner())) {
                var delegate = target.resolveMember();
                if (delegate.isPresent() && callsASink(delegate.get(), depth - 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Set<JavaClass> importAllowedClassesAndTheirSupertypes() {
        Set<String> packagePaths = new LinkedHashSet<>();
        SubmissionAllowlist.ALLOWED_PACKAGES.forEach(p -> packagePaths.add(p.replace('.', '/')));
        JavaClasses inPackages = new ClassFileImporter()
                .withImportOption(location -> isDirectlyInOneOf(location, packagePaths))
                .importPackages(SubmissionAllowlist.ALLOWED_PACKAGES);
        Set<String> wanted = new TreeSet<>(SubmissionAllowlist.ALLOWED_EXTRA_TYPES);
        for (JavaClass type : inPackages) {
            wanted.addAll(TypeHierarchy.selfAndSupertypesInTheJdk(type.getName()));
        }
        SubmissionAllowlist.ALLOWED_EXTRA_TYPES.forEach(t -> wanted.addAll(TypeHierarchy.selfAndSupertypesInTheJdk(t)));
        Set<JavaClass> analysed = new LinkedHashSet<>();
        List<Class<?>> outside = new ArrayList<>();
        for (String name : wanted) {
            if (inPackages.contain(name)) {
                analysed.add(inPackages.get(name));
            } else {
                outside.add(load(name));
            }
        }
        analysed.addAll(new ClassFileImporter().importClasses(outside));
        return analysed;
    }

    /**
     * Whether a class file lies in one of the packages itself, not in a sub-package (java.util, not
     * java.util.concurrent). The importer asks about the packages' folders too: those are kept, to be scanned.
     */
    private static boolean isDirectlyInOneOf(Location location, Set<String> packagePaths) {
        String uri = location.asURI().toString();
        if (!uri.endsWith(".class")) {
            return true;
        }
        int lastSlash = uri.lastIndexOf('/');
        String folder = uri.substring(0, lastSlash);
        for (String path : packagePaths) {
            if (folder.endsWith("/" + path)) {
                return true;
            }
        }
        return false;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, ClassLoader.getPlatformClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("the running JDK has no class " + name, e);
        }
    }
}
