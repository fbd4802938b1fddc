package pymem.grader.rules;

import com.tngtech.archunit.core.domain.JavaClass;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The supertypes of a class that a submission names. A call in a class file names the class it was compiled
 * against, which is often a subtype of the one that declares the member: {@code new ArrayList<>().parallelStream()}
 * names {@code ArrayList}, and {@code parallelStream()} called inside a submitted subclass of {@code ArrayList}
 * names that subclass. So a rule about a member must look at the named class's supertypes.
 *
 * <p>The grader imports only the submission (no JDK bytecode, to stay fast), so a submitted class's supertypes
 * come from its class file and a JDK class's from the running JDK, loaded without being initialised. A class
 * that is neither (the model, which students cannot change) counts as itself only.
 */
final class TypeHierarchy {
    private static final Set<String> ARRAY_SUPERTYPES = Set.of("java.lang.Object", "java.lang.Cloneable", "java.io.Serializable");
    /** The JDK never changes while the grader runs, so what it says is kept for every submission. */
    private static final Map<String, Set<String>> JDK = new ConcurrentHashMap<>();

    private TypeHierarchy() {
    }

    /** {@code type}'s name and the names of all its supertypes, as far as they can be known. */
    static Set<String> selfAndSupertypes(JavaClass type) {
        Set<String> names = new LinkedHashSet<>();
        collect(type, names);
        return names;
    }

    /** Whether {@code type} is one of {@code types} or a subtype of one (or nested in one, e.g. {@code Thread$Builder}). */
    static boolean isOrExtendsAnyOf(JavaClass type, Set<String> types) {
        for (String name : selfAndSupertypes(type)) {
            if (types.contains(name) || isNestedInAnyOf(name, types)) {
                return true;
            }
        }
        return false;
    }

    /** What the running JDK says about the class named {@code name}: it and its supertypes, or only it if unknown. */
    static Set<String> selfAndSupertypesInTheJdk(String name) {
        return JDK.computeIfAbsent(name, TypeHierarchy::loadFromTheJdk);
    }

    private static void collect(JavaClass type, Set<String> names) {
        if (!names.add(type.getName())) {
            return;
        }
        if (type.isArray()) {
            names.addAll(ARRAY_SUPERTYPES);
        } else if (type.isFullyImported()) {
            type.getRawSuperclass().ifPresent(s -> collect(s, names));
            type.getRawInterfaces().forEach(i -> collect(i, names));
        } else {
            names.addAll(selfAndSupertypesInTheJdk(type.getName()));
        }
    }

    private static boolean isNestedInAnyOf(String name, Set<String> types) {
        int dollar = name.indexOf('$');
        return dollar > 0 && types.contains(name.substring(0, dollar));
    }

    private static Set<String> loadFromTheJdk(String name) {
        Set<String> names = new LinkedHashSet<>();
        names.add(name);
        try {
            // The platform loader sees the JDK's modules only, never the submission or the grader.
            collect(Class.forName(name, false, ClassLoader.getPlatformClassLoader()), names);
        } catch (ClassNotFoundException | LinkageError notInTheJdk) {
            // e.g. a model class: it counts as itself only
        }
        return Collections.unmodifiableSet(names);
    }

    private static void collect(Class<?> type, Set<String> names) {
        names.add(type.getName());
        if (type.getSuperclass() != null) {
            collect(type.getSuperclass(), names);
        }
        for (Class<?> i : type.getInterfaces()) {
            collect(i, names);
        }
    }
}
