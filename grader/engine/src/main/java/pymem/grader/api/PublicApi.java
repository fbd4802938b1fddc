package pymem.grader.api;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The public API of an exercise's compiled classes, as sorted one-line signatures: what a stub promises and
 * a solution (or a submission) must keep. Read from the class files with ArchUnit, so nothing is loaded.
 *
 * <pre>
 *   class public pymem.refcount.RefCounts extends java.lang.Object
 *   method pymem.refcount.RefCounts: public void decref(pymem.model.PyObject)
 * </pre>
 */
public final class PublicApi {
    private PublicApi() {
    }

    public static Set<String> of(Path classes) {
        if (!Files.isDirectory(classes)) {
            return new TreeSet<>();
        }
        return of(new ClassFileImporter().importPath(classes));
    }

    /** The API of classes already imported. */
    public static Set<String> of(Iterable<JavaClass> classes) {
        Set<String> api = new TreeSet<>();
        for (JavaClass c : classes) {
            if (!c.getModifiers().contains(JavaModifier.PUBLIC) || c.isAnonymousClass() || c.isLocalClass()) {
                continue;
            }
            api.add("class " + modifiers(c.getModifiers()) + " " + kind(c) + c.getName()
                    + c.getRawSuperclass().map(s -> " extends " + s.getName()).orElse("")
                    + (c.getRawInterfaces().isEmpty() ? "" : " implements "
                    + c.getRawInterfaces().stream().map(JavaClass::getName).sorted().collect(Collectors.joining(", "))));
            for (JavaCodeUnit unit : c.getCodeUnits()) {
                if (visible(unit.getModifiers()) && !unit.getModifiers().contains(JavaModifier.SYNTHETIC)
                        && !unit.getModifiers().contains(JavaModifier.BRIDGE) && !unit.getName().equals("<clinit>")) {
                    api.add("member " + c.getName() + ": " + modifiers(unit.getModifiers()) + " "
                            + unit.getRawReturnType().getName() + " " + unit.getName() + "("
                            + unit.getRawParameterTypes().stream().map(JavaClass::getName).collect(Collectors.joining(", ")) + ")");
                }
            }
            for (JavaField f : c.getFields()) {
                if (visible(f.getModifiers()) && !f.getModifiers().contains(JavaModifier.SYNTHETIC)) {
                    api.add("field " + c.getName() + ": " + modifiers(f.getModifiers()) + " " + f.getRawType().getName() + " " + f.getName());
                }
            }
        }
        return api;
    }

    /** Lines describing how {@code actual} differs from {@code expected}: what is missing, what is extra. */
    public static List<String> diff(Set<String> expected, Set<String> actual) {
        List<String> out = new ArrayList<>();
        for (String e : expected) {
            if (!actual.contains(e)) {
                out.add("missing: " + e);
            }
        }
        for (String a : actual) {
            if (!expected.contains(a)) {
                out.add("extra:   " + a);
            }
        }
        return out;
    }

    private static boolean visible(Set<JavaModifier> modifiers) {
        return modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED);
    }

    private static String kind(JavaClass c) {
        if (c.isInterface()) {
            return "interface ";
        }
        if (c.isEnum()) {
            return "enum ";
        }
        if (c.isRecord()) {
            return "record ";
        }
        return "";
    }

    private static String modifiers(Set<JavaModifier> modifiers) {
        return modifiers.stream()
                .filter(m -> m != JavaModifier.SYNTHETIC && m != JavaModifier.BRIDGE && m != JavaModifier.SYNCHRONIZED)
                .map(m -> m.name().toLowerCase(java.util.Locale.ROOT)).sorted().collect(Collectors.joining(" "));
    }
}
