package pymem.grader.javadoc;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.AnnotationMemberDeclaration;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.comments.JavadocComment;
import com.github.javaparser.ast.nodeTypes.NodeWithJavadoc;
import com.github.javaparser.ast.nodeTypes.modifiers.NodeWithAccessModifiers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The kit's Javadoc policy for reference solutions: the stub is the contract, and the solution repeats it
 * word for word. Every public or protected type and member of a stub file has, in the solution's file of the
 * same name, a counterpart whose Javadoc is the stub's (whitespace and the leading {@code *} of each line
 * aside), or no Javadoc where the stub has none. The solution may document its private helpers as it likes.
 */
public final class StubJavadoc {
    private StubJavadoc() {
    }

    /**
     * The differences between the Javadoc of {@code stub} and of {@code solution}, one line each, starting
     * with {@code solutionFile}.
     */
    public static List<String> differences(String solutionFile, String stub, String solution) {
        Map<String, Optional<String>> expected = contract(solutionFile, stub);
        Map<String, Optional<String>> actual = contract(solutionFile, solution);
        List<String> problems = new ArrayList<>();
        expected.forEach((member, doc) -> {
            if (!actual.containsKey(member)) {
                problems.add(solutionFile + ": " + member + " is in the stub but not in the solution");
            } else if (doc.isPresent() && actual.get(member).isEmpty()) {
                problems.add(solutionFile + ": " + member + " has no Javadoc; the stub's is: " + shorten(doc.get()));
            } else if (doc.isEmpty() && actual.get(member).isPresent()) {
                problems.add(solutionFile + ": " + member + " has Javadoc the stub does not have: " + shorten(actual.get(member).get()));
            } else if (!doc.equals(actual.get(member))) {
                int from = firstDifference(doc.get(), actual.get(member).get());
                problems.add(solutionFile + ": " + member + " has Javadoc other than the stub's: the stub's goes on '"
                        + shorten(doc.get().substring(from)) + "', the solution's '" + shorten(actual.get(member).get().substring(from)) + "'");
            }
        });
        return problems;
    }

    /** Each public or protected type and member of {@code source} (by signature), with its normalised Javadoc. */
    static Map<String, Optional<String>> contract(String file, String source) {
        ParseResult<CompilationUnit> parsed = new JavaParser(new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17)).parse(source);
        if (!parsed.isSuccessful() || parsed.getResult().isEmpty()) {
            throw new IllegalArgumentException(file + ": not parseable Java: " + parsed.getProblems());
        }
        Map<String, Optional<String>> contract = new LinkedHashMap<>();
        for (TypeDeclaration<?> type : parsed.getResult().get().getTypes()) {
            addType(type, type.getNameAsString(), contract);
        }
        return contract;
    }

    private static void addType(TypeDeclaration<?> type, String name, Map<String, Optional<String>> contract) {
        if (!isApi(type)) {
            return;
        }
        contract.put(kind(type) + " " + name, javadoc(type));
        if (type instanceof EnumDeclaration) {
            for (EnumConstantDeclaration constant : ((EnumDeclaration) type).getEntries()) {
                contract.put("constant " + name + "." + constant.getNameAsString(), javadoc(constant));
            }
        }
        for (BodyDeclaration<?> member : type.getMembers()) {
            if (member instanceof TypeDeclaration) {
                TypeDeclaration<?> nested = (TypeDeclaration<?>) member;
                addType(nested, name + "." + nested.getNameAsString(), contract);
            } else if (!isApi(member)) {
                continue;
            } else if (member instanceof CallableDeclaration) {
                CallableDeclaration<?> callable = (CallableDeclaration<?>) member;
                String parameters = callable.getParameters().stream().map(p -> p.getType().asString() + (p.isVarArgs() ? "..." : ""))
                        .collect(Collectors.joining(", "));
                contract.put((callable.isConstructorDeclaration() ? "constructor " : "method ") + name + "."
                        + callable.getNameAsString() + "(" + parameters + ")", javadoc(member));
            } else if (member instanceof FieldDeclaration) {
                FieldDeclaration field = (FieldDeclaration) member;
                field.getVariables().forEach(v -> contract.put("field " + name + "." + v.getNameAsString(), javadoc(field)));
            } else if (member instanceof AnnotationMemberDeclaration) {
                contract.put("element " + name + "." + ((AnnotationMemberDeclaration) member).getNameAsString() + "()", javadoc(member));
            }
        }
    }

    private static String kind(TypeDeclaration<?> type) {
        if (type instanceof ClassOrInterfaceDeclaration) {
            return ((ClassOrInterfaceDeclaration) type).isInterface() ? "interface" : "class";
        }
        return type.getClass().getSimpleName().replace("Declaration", "").toLowerCase();
    }

    /** Public or protected; in an interface or annotation, every member that is not private is public. */
    private static boolean isApi(Node node) {
        if (node instanceof NodeWithAccessModifiers) {
            NodeWithAccessModifiers<?> m = (NodeWithAccessModifiers<?>) node;
            if (m.hasModifier(Modifier.Keyword.PUBLIC) || m.hasModifier(Modifier.Keyword.PROTECTED)) {
                return true;
            }
            if (m.hasModifier(Modifier.Keyword.PRIVATE)) {
                return false;
            }
        }
        Optional<Node> parent = node.getParentNode();
        return parent.isPresent() && (parent.get() instanceof ClassOrInterfaceDeclaration
                && ((ClassOrInterfaceDeclaration) parent.get()).isInterface()
                || parent.get() instanceof com.github.javaparser.ast.body.AnnotationDeclaration);
    }

    private static Optional<String> javadoc(Node node) {
        if (!(node instanceof NodeWithJavadoc)) {
            return Optional.empty();
        }
        return ((NodeWithJavadoc<?>) node).getJavadocComment().map(StubJavadoc::normalise);
    }

    /** The comment's words: each line without its leading {@code *}, all whitespace runs one space. */
    static String normalise(JavadocComment comment) {
        return comment.getContent().lines().map(line -> line.strip().replaceFirst("^\\*", ""))
                .collect(Collectors.joining(" ")).replaceAll("\\s+", " ").strip();
    }

    /** Where the two texts part, moved back to the start of that word. */
    private static int firstDifference(String expected, String actual) {
        int i = 0;
        while (i < expected.length() && i < actual.length() && expected.charAt(i) == actual.charAt(i)) {
            i++;
        }
        return Math.max(0, expected.lastIndexOf(' ', Math.max(0, i - 1)) + 1);
    }

    private static String shorten(String text) {
        return text.length() <= 100 ? text : text.substring(0, 97) + "...";
    }
}
