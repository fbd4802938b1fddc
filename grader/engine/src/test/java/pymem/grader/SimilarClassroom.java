package pymem.grader;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreeScanner;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import pymem.grader.files.TempFolders;
import pymem.grader.kit.Exercise;
import pymem.grader.kit.ExerciseCatalog;

/**
 * A generated class of 30 for the similarity check, with three pairs made similar on purpose and everyone else
 * writing their own code.
 *
 * <p>Why not {@link Classroom}'s variants: every one of them is the reference or the stub, so to a token-based
 * detector every "reference" student is a copy of every other, and any variant made by editing the reference
 * (renaming, reordering, recommenting) is exactly the plagiarism the check must catch. Independent students are
 * therefore written by a seeded program generator: each {@code TODO} body of the stub becomes that student's own
 * code (locals, loops, branches, collections, calls; nested at random) ahead of the stub's throw, so it compiles
 * and the student's structure differs from everyone else's the way two people's code does, while the stub around
 * it (the base code) is the same for all.
 *
 * <p>The planted pairs, each in its own exercise: {@link #VERBATIM} (one student's generated 04 handed in byte for
 * byte by another), {@link #RENAMED} (the reference of 07, and a copy with its locals and parameters renamed and
 * its methods reordered), {@link #RECOMMENTED} (the reference of 08, and a copy with every comment replaced and
 * the layout changed). Students 00 and 01 hand in the untouched stubs: identical to each other, yet never a pair,
 * because the stub is the base code.
 */
final class SimilarClassroom {
    static final int SIZE = 30;

    /** Two students and the exercise they share code in. */
    record Pair(String exercise, String a, String b) {
    }

    static final Pair VERBATIM = new Pair("04-refcount", "student-05", "student-22");
    static final Pair RENAMED = new Pair("07-sizeof", "student-03", "student-17");
    static final Pair RECOMMENTED = new Pair("08-copy", "student-11", "student-26");
    static final List<Pair> PLANTED = List.of(VERBATIM, RENAMED, RECOMMENTED);
    private static final Pattern TODO = Pattern.compile("throw new UnsupportedOperationException\\(\"TODO[^\"]*\"\\);");

    private SimilarClassroom() {
    }

    /** Writes the class (student-00 ... student-29) under {@code dir}. */
    static void generate(Path dir) throws IOException {
        Path kit = KitFixture.KIT.root();
        for (int i = 0; i < SIZE; i++) {
            String student = String.format("student-%02d", i);
            for (Exercise e : ExerciseCatalog.all()) {
                Path stub = kit.resolve("exercises").resolve(e.folder()).resolve("src/main/java");
                Path to = dir.resolve(student).resolve(e.folder()).resolve("src/main/java");
                if (i <= 1) {
                    Classroom.copyTree(stub, to);
                } else if (student.equals(RENAMED.a()) && e.folder().equals(RENAMED.exercise())
                        || student.equals(RECOMMENTED.a()) && e.folder().equals(RECOMMENTED.exercise())) {
                    Classroom.copyTree(kit.resolve("solutions").resolve(e.folder()).resolve("src/main/java"), to);
                } else {
                    writeOwn(stub, to, 1_000L * i + e.number());
                }
            }
        }
        // the copies: each from its original, as a student would take it
        copyExercise(dir, VERBATIM, text -> text);
        copyExercise(dir, RENAMED, text -> reorderMethods(rename(text), new Random(7)));
        copyExercise(dir, RECOMMENTED, SimilarClassroom::recomment);
    }

    private static void copyExercise(Path dir, Pair pair, java.util.function.UnaryOperator<String> edit) throws IOException {
        Path from = dir.resolve(pair.a()).resolve(pair.exercise()).resolve("src/main/java");
        Path to = dir.resolve(pair.b()).resolve(pair.exercise()).resolve("src/main/java");
        TempFolders.delete(to);
        for (Path f : javaFiles(from)) {
            Path target = to.resolve(from.relativize(f).toString());
            Files.createDirectories(target.getParent());
            Files.writeString(target, edit.apply(Files.readString(f)));
        }
    }

    /** The stub with each TODO body preceded by this student's own generated code. */
    private static void writeOwn(Path stub, Path to, long seed) throws IOException {
        Random random = new Random(seed);
        for (Path f : javaFiles(stub)) {
            String text = Files.readString(f);
            Matcher m = TODO.matcher(text);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(out, Matcher.quoteReplacement(new BodyWriter(random).body() + m.group()));
            }
            m.appendTail(out);
            Path target = to.resolve(stub.relativize(f).toString());
            Files.createDirectories(target.getParent());
            Files.writeString(target, out.toString());
        }
    }

    /** One student's code for one method: statements over locals of its own, nested at random. */
    private static final class BodyWriter {
        private final Random random;
        private final List<String> ints = new ArrayList<>();
        private final StringBuilder out = new StringBuilder();
        private int names;

        BodyWriter(Random random) {
            this.random = random;
        }

        String body() {
            ints.add(fresh());
            out.append("int ").append(ints.get(0)).append(" = ").append(random.nextInt(50)).append(";\n        ");
            int n = 4 + random.nextInt(8);
            for (int i = 0; i < n; i++) {
                statement(0);
            }
            return out.toString();
        }

        private String fresh() {
            return "v" + (names++) + "_" + Integer.toString(random.nextInt(1_000), 36);
        }

        private String anInt() {
            return ints.get(random.nextInt(ints.size()));
        }

        private String expression() {
            return switch (random.nextInt(6)) {
                case 0 -> anInt() + " + " + random.nextInt(9);
                case 1 -> "Math.max(" + anInt() + ", " + anInt() + ")";
                case 2 -> anInt() + " * " + anInt() + " - " + random.nextInt(5);
                case 3 -> "Integer.bitCount(" + anInt() + ")";
                case 4 -> "(" + anInt() + " > " + random.nextInt(20) + " ? " + anInt() + " : " + random.nextInt(7) + ")";
                default -> "String.valueOf(" + anInt() + ").length()";
            };
        }

        private void statement(int depth) {
            int kinds = depth >= 2 ? 6 : 11;
            switch (random.nextInt(kinds)) {
                case 0 -> {
                    String v = fresh();
                    out.append("int ").append(v).append(" = ").append(expression()).append(";\n        ");
                    ints.add(v);
                }
                case 1 -> out.append(anInt()).append(" = ").append(expression()).append(";\n        ");
                case 2 -> out.append(anInt()).append(" += ").append(random.nextInt(4) + 1).append(";\n        ");
                case 3 -> {
                    String v = fresh();
                    out.append("StringBuilder ").append(v).append(" = new StringBuilder().append(").append(anInt()).append(");\n        ");
                }
                case 4 -> {
                    String v = fresh();
                    out.append("java.util.List<Integer> ").append(v).append(" = new java.util.ArrayList<>();\n        ")
                            .append(v).append(".add(").append(expression()).append(");\n        ");
                    String size = fresh();
                    out.append("int ").append(size).append(" = ").append(v).append(".size();\n        ");
                    ints.add(size);
                }
                case 5 -> {
                    String v = fresh();
                    out.append("int[] ").append(v).append(" = new int[").append(2 + random.nextInt(5)).append("];\n        ")
                            .append(v).append("[0] = ").append(expression()).append(";\n        ");
                }
                case 6 -> block("if (" + anInt() + " < " + random.nextInt(30) + ") {", depth, random.nextBoolean() ? "} else {" : null);
                case 7 -> {
                    String i = fresh();
                    block("for (int " + i + " = 0; " + i + " < " + (1 + random.nextInt(4)) + "; " + i + "++) {", depth, null);
                }
                case 8 -> block("try {", depth, "} catch (ArithmeticException e" + names++ + ") {");
                case 9 -> {
                    out.append("switch (").append(anInt()).append(" % 3) {\n        ");
                    int scope = ints.size();
                    for (int c = 0; c < 1 + random.nextInt(3); c++) {
                        out.append("case ").append(c).append(": {\n        ");
                        statement(depth + 1);
                        trim(scope);
                        out.append("break;\n        }\n        ");
                    }
                    out.append("default: {\n        ");
                    statement(depth + 1);
                    trim(scope);
                    out.append("}\n        }\n        ");
                }
                default -> {
                    String v = fresh();
                    out.append("java.util.Map<String, Integer> ").append(v).append(" = new java.util.HashMap<>();\n        ")
                            .append(v).append(".merge(\"k\" + ").append(anInt()).append(", 1, Integer::sum);\n        ");
                }
            }
        }

        private void block(String head, int depth, String middle) {
            out.append(head).append("\n        ");
            int scope = ints.size();
            for (int i = 0; i < 1 + random.nextInt(3); i++) {
                statement(depth + 1);
            }
            trim(scope);
            if (middle != null) {
                out.append(middle).append("\n        ");
                for (int i = 0; i < 1 + random.nextInt(2); i++) {
                    statement(depth + 1);
                }
                trim(scope);
            }
            out.append("}\n        ");
        }

        /** Locals declared in a block are out of scope after it. */
        private void trim(int scope) {
            while (ints.size() > scope) {
                ints.remove(ints.size() - 1);
            }
        }
    }

    /**
     * Renames every local variable and parameter (a plagiarist's first edit): the names declared in methods, as
     * whole words not after a dot nor before a call, inside the methods' text only; a name some field or record
     * component also has is left alone (a method may read the field unqualified).
     */
    static String rename(String text) {
        Parsed parsed = parse(text);
        Set<String> names = new LinkedHashSet<>();
        Set<String> fields = new LinkedHashSet<>();
        List<long[]> bodies = new ArrayList<>();
        new TreeScanner<Void, Void>() {
            private int methods;

            @Override
            public Void visitMethod(MethodTree node, Void unused) {
                if (methods == 0 && node.getBody() != null) {
                    bodies.add(parsed.span(node));
                }
                methods++;
                try {
                    return super.visitMethod(node, unused);
                } finally {
                    methods--;
                }
            }

            @Override
            public Void visitVariable(VariableTree node, Void unused) {
                (methods > 0 ? names : fields).add(node.getName().toString());
                return super.visitVariable(node, unused);
            }
        }.scan(parsed.unit(), null);
        names.removeAll(fields); // a field or record component of that name is read unqualified in methods: keep it
        bodies.sort(java.util.Comparator.comparingLong(b -> b[0]));
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (long[] b : bodies) {
            if (b[0] < at) {
                continue; // a method of a class inside another method: already renamed with it
            }
            out.append(text, at, (int) b[0]);
            out.append(renameOutsideLiterals(text.substring((int) b[0], (int) b[1]), names));
            at = (int) b[1];
        }
        return out.append(text.substring(at)).toString();
    }

    private static final Pattern LITERAL = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'");

    /** The names renamed in code, never inside a string or char literal (a message must not change). */
    private static String renameOutsideLiterals(String body, Set<String> names) {
        StringBuilder out = new StringBuilder();
        Matcher m = LITERAL.matcher(body);
        int at = 0;
        while (m.find()) {
            out.append(renameIn(body.substring(at, m.start()), names)).append(m.group());
            at = m.end();
        }
        return out.append(renameIn(body.substring(at), names)).toString();
    }

    private static String renameIn(String code, Set<String> names) {
        int i = 0;
        for (String name : names) {
            code = code.replaceAll("(?<![.\\w])" + Pattern.quote(name) + "(?!\\w)(?!\\s*\\()",
                    "my" + Character.toUpperCase(name.charAt(0)) + name.substring(1) + (i++));
        }
        return code;
    }

    /** Shuffles the methods of every top-level class (another usual edit), each moved with its own text. */
    static String reorderMethods(String text, Random random) {
        Parsed parsed = parse(text);
        List<long[]> spans = new ArrayList<>();
        for (Tree type : parsed.unit().getTypeDecls()) {
            if (type instanceof ClassTree c) {
                for (Tree member : c.getMembers()) {
                    if (member instanceof MethodTree && parsed.span(member)[0] >= 0) {
                        spans.add(parsed.span(member));
                    }
                }
            }
        }
        List<long[]> order = new ArrayList<>(spans);
        Collections.shuffle(order, random);
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (int i = 0; i < spans.size(); i++) {
            out.append(text, at, (int) spans.get(i)[0]);
            out.append(text, (int) order.get(i)[0], (int) order.get(i)[1]);
            at = (int) spans.get(i)[1];
        }
        out.append(text.substring(at));
        return out.toString();
    }

    /** Every comment replaced by one of the copier's own, two-space indentation, blank lines dropped and added. */
    static String recomment(String text) {
        String noBlock = text.replaceAll("(?s)/\\*.*?\\*/", "/* my notes */");
        StringBuilder out = new StringBuilder();
        int n = 0;
        for (String line : noBlock.split("\n", -1)) {
            String code = line.replaceAll("//.*$", "").stripTrailing();
            if (code.isBlank()) {
                continue;
            }
            int indent = code.length() - code.stripLeading().length();
            out.append("  ".repeat(indent / 4)).append(code.stripLeading());
            if (++n % 5 == 0) {
                out.append("   // step ").append(n).append("\n");
            }
            out.append("\n");
        }
        return out.toString();
    }

    /** A parsed source and where each of its trees is. */
    private record Parsed(CompilationUnitTree unit, SourcePositions positions) {
        long[] span(Tree tree) {
            return new long[] {positions.getStartPosition(unit, tree), positions.getEndPosition(unit, tree)};
        }
    }

    private static Parsed parse(String text) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        SimpleJavaFileObject source = new SimpleJavaFileObject(URI.create("string:///Source.java"), javax.tools.JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return text;
            }
        };
        JavacTask task = (JavacTask) javac.getTask(null, null, d -> { }, List.of("-proc:none"), null, List.of(source));
        try {
            CompilationUnitTree unit = task.parse().iterator().next();
            return new Parsed(unit, Trees.instance(task).getSourcePositions());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<Path> javaFiles(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    /** Planted pairs by "exercise a b", for the tests' messages. */
    static Map<String, Pair> byKey() {
        Map<String, Pair> out = new LinkedHashMap<>();
        PLANTED.forEach(p -> out.put(p.exercise() + " " + p.a() + " " + p.b(), p));
        return out;
    }

    /** The class graded once per test JVM with {@code ./grade batch --jobs 2 --similarity}, shared by the tests that read it. */
    record Graded(Path submissions, Path out, double seconds, String stdout) {
    }

    private static Graded graded;

    static synchronized Graded graded() throws IOException {
        if (graded == null) {
            Path root = Files.createTempDirectory("pymem-similar-class-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> TempFolders.delete(root)));
            Path dir = Files.createDirectories(root.resolve("submissions"));
            generate(dir);
            Path out = root.resolve("batch");
            long start = System.nanoTime();
            Object[] result = GradeCommandTest.run("batch", dir.toString(), "--jobs", "2", "--similarity", "--out", out.toString());
            double seconds = (System.nanoTime() - start) / 1e9;
            if (!result[0].equals(0)) {
                throw new IllegalStateException("./grade batch --similarity exited with " + result[0] + ": " + result[2]);
            }
            graded = new Graded(dir, out, seconds, (String) result[1]);
        }
        return graded;
    }
}
