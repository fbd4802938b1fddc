package pymem.grader.lesson;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The methods each type of an API declares, by simple type name, read from Java source with JavaParser: what a
 * lesson's example may call. Methods a type inherits from a type of the index count as its own; a type that
 * extends one outside the index (a JDK class) may have methods the index cannot see, so nothing is refused
 * for it.
 */
public final class ApiIndex {
    /** Every Java object has these, whatever the index knows of its type. */
    private static final Set<String> OBJECT_METHODS = Set.of("equals", "hashCode", "toString", "getClass");

    private final Map<String, Set<String>> methods = new HashMap<>();
    private final Map<String, List<String>> supertypes = new HashMap<>();

    /** The index of every {@code .java} file under each root (a {@code src/main/java} folder). */
    public static ApiIndex ofFolders(List<Path> roots) {
        ApiIndex index = new ApiIndex();
        for (Path root : roots) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                    index.add(file.toString(), Files.readString(file));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return index;
    }

    /** The index of the given sources (for the checker's own tests). */
    public static ApiIndex ofSources(String... sources) {
        ApiIndex index = new ApiIndex();
        for (String source : sources) {
            index.add("source", source);
        }
        return index;
    }

    static CompilationUnit parse(String where, String source) {
        ParseResult<CompilationUnit> result = new JavaParser(new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17)).parse(source);
        if (!result.isSuccessful() || result.getResult().isEmpty()) {
            throw new IllegalArgumentException(where + ": not parseable Java: " + result.getProblems());
        }
        return result.getResult().get();
    }

    private void add(String where, String source) {
        for (TypeDeclaration<?> type : parse(where, source).findAll(TypeDeclaration.class)) {
            String name = type.getNameAsString();
            Set<String> own = methods.computeIfAbsent(name, n -> new HashSet<>());
            type.getMembers().stream().filter(m -> m instanceof MethodDeclaration)
                    .forEach(m -> own.add(((MethodDeclaration) m).getNameAsString()));
            List<String> supers = new java.util.ArrayList<>();
            if (type instanceof ClassOrInterfaceDeclaration) {
                ClassOrInterfaceDeclaration c = (ClassOrInterfaceDeclaration) type;
                c.getExtendedTypes().forEach(t -> supers.add(t.getNameAsString()));
                c.getImplementedTypes().forEach(t -> supers.add(t.getNameAsString()));
            } else if (type instanceof RecordDeclaration) {
                // A record's components are its accessors.
                ((RecordDeclaration) type).getParameters().forEach(p -> own.add(p.getNameAsString()));
                ((RecordDeclaration) type).getImplementedTypes().forEach(t -> supers.add(t.getNameAsString()));
            } else if (type instanceof EnumDeclaration) {
                own.addAll(Set.of("values", "valueOf", "name", "ordinal", "compareTo"));
                ((EnumDeclaration) type).getImplementedTypes().forEach(t -> supers.add(t.getNameAsString()));
            }
            supertypes.computeIfAbsent(name, n -> new java.util.ArrayList<>()).addAll(supers);
        }
    }

    private static Class<?> jdkType(String simpleName) {
        for (String pkg : List.of("java.lang.", "java.util.", "java.util.function.")) {
            try {
                return Class.forName(pkg + simpleName, false, ApiIndex.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                // not in this package: try the next
            }
        }
        return null;
    }

    /** True when the index has a type of this simple name. */
    public boolean knows(String type) {
        return methods.containsKey(type);
    }

    /**
     * True when {@code type} (a type the index knows) has a method {@code name}, its own or inherited, or
     * could have it because it extends a type outside the index.
     */
    public boolean mayHaveMethod(String type, String name) {
        if (OBJECT_METHODS.contains(name)) {
            return true;
        }
        Set<String> seen = new HashSet<>();
        List<String> todo = new java.util.ArrayList<>(List.of(type));
        while (!todo.isEmpty()) {
            String t = todo.remove(todo.size() - 1);
            if (!seen.add(t)) {
                continue;
            }
            if (!knows(t)) {
                // A JDK type the API implements (Iterable): its methods by reflection; any other: unknown.
                Class<?> jdk = jdkType(t);
                if (jdk == null || Arrays.stream(jdk.getMethods()).anyMatch(m -> m.getName().equals(name))) {
                    return true;
                }
                continue;
            }
            if (methods.get(t).contains(name)) {
                return true;
            }
            todo.addAll(supertypes.getOrDefault(t, List.of()));
        }
        return false;
    }
}
