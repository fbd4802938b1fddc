package pymem.grader.compile;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles one exercise's sources in this JVM (javax.tools), against the model only, so that one exercise's
 * compile error never affects another. Keeping javac in-process saves a JVM start per exercise.
 */
public final class ExerciseCompiler {
    /** At most this many errors are reported; the first ones are the ones that matter. */
    private static final int MAX_ERRORS = 5;
    private final JavaCompiler javac;
    private final List<Path> classpath;

    public ExerciseCompiler(List<Path> classpath) {
        this.javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("no Java compiler in this runtime: run the grader with a JDK 17 or newer, not a JRE");
        }
        this.classpath = List.copyOf(classpath);
    }

    /**
     * Compiles every .java file under {@code sources} into {@code out}. Sources are read as UTF-8; when they
     * are not valid UTF-8 (an editor that saved Latin-1), they are compiled again as ISO-8859-1.
     */
    public CompileOutcome compile(Path sources, Path out) throws IOException {
        CompileOutcome utf8 = compile(sources, out, StandardCharsets.UTF_8);
        if (!utf8.succeeded() && utf8.errors().contains("unmappable character")) {
            CompileOutcome latin1 = compile(sources, out, StandardCharsets.ISO_8859_1);
            if (latin1.succeeded()) {
                return latin1;
            }
        }
        return utf8;
    }

    /** Compiles several source folders in one javac task into {@code out} (UTF-8; no fallback: a failure means "compile them apart"). */
    public CompileOutcome compileTogether(List<Path> sourceFolders, Path out) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path folder : sourceFolders) {
            files.addAll(javaFiles(folder));
        }
        return compileFiles(sourceFolders.get(0).getParent(), files, out, StandardCharsets.UTF_8);
    }

    private static List<Path> javaFiles(Path sources) throws IOException {
        try (Stream<Path> walk = Files.walk(sources)) {
            return walk.filter(p -> p.toString().endsWith(".java")).filter(Files::isRegularFile).sorted().toList();
        }
    }

    private CompileOutcome compile(Path sources, Path out, java.nio.charset.Charset encoding) throws IOException {
        return compileFiles(sources, javaFiles(sources), out, encoding);
    }

    private CompileOutcome compileFiles(Path sources, List<Path> files, Path out, java.nio.charset.Charset encoding) throws IOException {
        if (files.isEmpty()) {
            return new CompileOutcome(out, "no .java files under " + sources.getFileName() + " (expected src/main/java/pymem/...)");
        }
        Files.createDirectories(out);
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager fm = javac.getStandardFileManager(diagnostics, Locale.ROOT, encoding)) {
            List<String> options = new ArrayList<>(List.of(
                    "-d", out.toString(),
                    "--release", "17",
                    "-encoding", encoding.name(),
                    "-proc:none",
                    "-g",
                    "-nowarn",
                    "-implicit:none",
                    "-classpath", joined(classpath)));
            Iterable<? extends JavaFileObject> units = fm.getJavaFileObjectsFromPaths(files);
            StringWriter javacOutput = new StringWriter();
            boolean ok = javac.getTask(javacOutput, fm, diagnostics, options, null, units).call();
            return new CompileOutcome(out, ok ? "" : describe(sources, diagnostics, javacOutput.toString()));
        }
    }

    private static String describe(Path sources, DiagnosticCollector<JavaFileObject> diagnostics, String rawOutput) {
        StringBuilder sb = new StringBuilder();
        int errors = 0;
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() != Diagnostic.Kind.ERROR) {
                continue;
            }
            if (++errors > MAX_ERRORS) {
                continue;
            }
            String where = d.getSource() == null ? "" : sources.relativize(Path.of(d.getSource().toUri())) + ":" + d.getLineNumber() + ": ";
            sb.append(where).append(d.getMessage(Locale.ROOT).lines().findFirst().orElse("")).append('\n');
        }
        if (errors > MAX_ERRORS) {
            sb.append("... and ").append(errors - MAX_ERRORS).append(" more errors\n");
        }
        if (sb.length() == 0) {
            sb.append(rawOutput.isBlank() ? "compilation failed" : rawOutput.strip());
        }
        return sb.toString().strip();
    }

    private static String joined(List<Path> paths) {
        return String.join(java.io.File.pathSeparator, paths.stream().map(Path::toString).toList());
    }
}
