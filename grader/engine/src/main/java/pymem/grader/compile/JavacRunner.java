package pymem.grader.compile;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Runs javac in this JVM (the compile server's) on one {@link CompileRequest}. Every class file goes to the
 * output folder of the exercise whose source produced it, whatever package that source declares, so that
 * exercises compiled in one task stay as separate as exercises compiled apart.
 */
final class JavacRunner {
    /** At most this many errors are reported; the first ones are the ones that matter. */
    private static final int MAX_ERRORS = 5;
    private final JavaCompiler javac;

    JavacRunner() {
        this.javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("no Java compiler in this runtime: run the grader with a JDK 17 or newer, not a JRE");
        }
    }

    /**
     * Compiles the request's sources as UTF-8; when they are not valid UTF-8 (an editor that saved Latin-1) and
     * the request allows it, compiles them again as ISO-8859-1.
     */
    CompileReply compile(CompileRequest request) throws IOException {
        CompileReply utf8 = compile(request, StandardCharsets.UTF_8);
        if (request.latin1Fallback() && utf8.status() == CompileStatus.COMPILE_ERROR && utf8.errors().contains("unmappable character")) {
            CompileReply latin1 = compile(request, StandardCharsets.ISO_8859_1);
            if (latin1.status() == CompileStatus.COMPILED) {
                return latin1;
            }
        }
        return utf8;
    }

    private CompileReply compile(CompileRequest request, Charset encoding) throws IOException {
        Map<Path, Path> outputBySource = new HashMap<>();
        Map<Path, Path> rootBySource = new HashMap<>();
        List<Path> files = new ArrayList<>();
        for (SourceSet set : request.sets()) {
            Path out = Path.of(set.out());
            emptyFolder(out); // nothing left from an earlier attempt (javac may write some classes, then fail)
            for (String file : set.files()) {
                Path source = Path.of(file).toAbsolutePath().normalize();
                files.add(source);
                outputBySource.put(source, out);
                rootBySource.put(source, Path.of(set.root()).toAbsolutePath().normalize());
            }
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager standard = javac.getStandardFileManager(diagnostics, Locale.ROOT, encoding);
             ExerciseOutputs outputs = new ExerciseOutputs(standard, outputBySource)) {
            List<String> options = List.of(
                    "--release", "17",
                    "-encoding", encoding.name(),
                    "-proc:none",
                    "-g",
                    "-nowarn",
                    "-implicit:none",
                    "-classpath", String.join(java.io.File.pathSeparator, request.classpath()));
            StringWriter javacOutput = new StringWriter();
            boolean ok;
            try {
                ok = javac.getTask(javacOutput, outputs, diagnostics, options, null, standard.getJavaFileObjectsFromPaths(files)).call();
            } catch (RuntimeException e) {
                return crashed(e.getCause() != null ? e.getCause() : e);
            } catch (StackOverflowError e) {
                return crashed(e);
            }
            return ok ? CompileReply.COMPILED : new CompileReply(CompileStatus.COMPILE_ERROR, describe(rootBySource, diagnostics, javacOutput.toString()));
        }
    }

    /** javac itself failed (it reports its own crashes as exceptions from {@code call()}). */
    private static CompileReply crashed(Throwable e) {
        if (e instanceof StackOverflowError) {
            return new CompileReply(CompileStatus.BOUND_EXCEEDED, "the compiler ran out of stack (the grader's bound): too deeply nested code?");
        }
        return new CompileReply(CompileStatus.COMPILE_ERROR, "the compiler crashed on these sources: " + e);
    }

    /** Sends each class file to the output folder of the source it came from. */
    private static final class ExerciseOutputs extends ForwardingJavaFileManager<StandardJavaFileManager> {
        private final Map<Path, Path> outputBySource;

        ExerciseOutputs(StandardJavaFileManager standard, Map<Path, Path> outputBySource) {
            super(standard);
            this.outputBySource = outputBySource;
        }

        @Override
        public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind, FileObject sibling)
                throws IOException {
            if (location != StandardLocation.CLASS_OUTPUT || sibling == null) {
                throw new IOException("no output folder for " + className + ": only classes of the submitted sources are written");
            }
            Path out = outputBySource.get(fileManager.asPath(sibling).toAbsolutePath().normalize());
            if (out == null) {
                throw new IOException("no output folder for " + className + " (from " + sibling.getName() + ")");
            }
            Path classFile = out.resolve(className.replace('.', '/') + kind.extension).normalize();
            if (!classFile.startsWith(out)) {
                throw new IOException("class name " + className + " would leave its output folder");
            }
            Files.createDirectories(classFile.getParent());
            return fileManager.getJavaFileObjects(classFile).iterator().next();
        }
    }

    private static void emptyFolder(Path folder) throws IOException {
        Files.createDirectories(folder);
        try (DirectoryStream<Path> children = Files.newDirectoryStream(folder)) {
            for (Path child : children) {
                try (Stream<Path> walk = Files.walk(child)) {
                    for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
        }
    }

    private static String describe(Map<Path, Path> rootBySource, DiagnosticCollector<JavaFileObject> diagnostics, String rawOutput) {
        StringBuilder sb = new StringBuilder();
        int errors = 0;
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() != Diagnostic.Kind.ERROR) {
                continue;
            }
            if (++errors > MAX_ERRORS) {
                continue;
            }
            sb.append(where(rootBySource, d)).append(d.getMessage(Locale.ROOT).lines().findFirst().orElse("")).append('\n');
        }
        if (errors > MAX_ERRORS) {
            sb.append("... and ").append(errors - MAX_ERRORS).append(" more errors\n");
        }
        if (sb.length() == 0) {
            sb.append(rawOutput.isBlank() ? "compilation failed" : rawOutput.strip());
        }
        return sb.toString().strip();
    }

    private static String where(Map<Path, Path> rootBySource, Diagnostic<? extends JavaFileObject> d) {
        if (d.getSource() == null) {
            return "error: ";
        }
        Path file = Path.of(d.getSource().toUri()).toAbsolutePath().normalize();
        Path root = rootBySource.get(file);
        // javac's own shape, "File.java:12: error: ...", which terminals and editors turn into a link
        return (root == null ? file.getFileName() : root.relativize(file)) + ":" + d.getLineNumber() + ": error: ";
    }
}
