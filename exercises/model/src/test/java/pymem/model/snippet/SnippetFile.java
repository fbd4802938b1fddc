package pymem.model.snippet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One test program and what it must do, written beside the code as comments, in the manner of jlox's tests:
 *
 * <pre>
 *   print(x)        # expect: 5
 *   f(1)            # error: TypeError: f() takes 0 positional arguments but 1 was given
 *   print(1 / 2)    # out of scope: the operator '/'
 * </pre>
 *
 * {@code # expect:} lines are the printed lines, in order; {@code # error:} is the exception that ends the
 * run ({@code Type: message}, for a SyntaxError its message only); {@code # out of scope:} says the program
 * is valid Python the model refuses, with a piece of the refusal's message. Addresses print as {@code 0x...}.
 *
 * <p>Public, and shipped in the model's test jar, because the files are run whole by exercise 03's reference
 * (its {@code SnippetProgramsTest}): the interpreter needs 03's name resolution, which the model does not hold.
 *
 * @param name the file's path below the snippets folder, e.g. {@code calls/takes_one.py}
 */
public record SnippetFile(Path path, String name, String source, List<String> output, String error, String outOfScope) {
    /** The snippets folder, from the model's own folder (Maven runs tests there). */
    public static final Path ROOT = Path.of("src", "test", "resources", "snippets");
    /** The snippets folder, from an exercise's or a solution's folder. */
    public static final Path FROM_AN_EXERCISE = Path.of("..", "..", "exercises", "model").resolve(ROOT);
    private static final Pattern EXPECT = Pattern.compile("# expect: ?(.*)$");
    private static final Pattern ERROR = Pattern.compile("# error: (.*)$");
    private static final Pattern OUT_OF_SCOPE = Pattern.compile("# out of scope: (.*)$");
    private static final Pattern ADDRESS = Pattern.compile("0x[0-9a-f]+");

    /** Every snippet file under {@code root}, in path order. */
    public static List<SnippetFile> all(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".py")).sorted().map(p -> read(root, p)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SnippetFile read(Path root, Path path) {
        try {
            String source = Files.readString(path, StandardCharsets.UTF_8);
            List<String> output = new ArrayList<>();
            String error = null;
            String outOfScope = null;
            for (String line : source.split("\n", -1)) {
                Matcher m;
                if ((m = EXPECT.matcher(line)).find()) {
                    output.add(m.group(1));
                } else if ((m = ERROR.matcher(line)).find()) {
                    error = m.group(1);
                } else if ((m = OUT_OF_SCOPE.matcher(line)).find()) {
                    outOfScope = m.group(1);
                }
            }
            String name = root.relativize(path).toString().replace('\\', '/');
            return new SnippetFile(path, name, source, List.copyOf(output), error, outOfScope);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Printed lines with every address written {@code 0x...}, as the expectations write them. */
    public static List<String> withoutAddresses(List<String> lines) {
        return lines.stream().map(l -> ADDRESS.matcher(l).replaceAll("0x...")).toList();
    }
}
