package pymem.grader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Scans the text a grade produces (console table, results.json, junit.xml, report.html) for what must never
 * reach a student: the hidden tests' internals and raw control characters. Shared by the hostile corpora.
 */
final class ReportScan {
    private static List<Pattern> hiddenNames;

    private ReportScan() {
    }

    /**
     * The simple names of every hidden test source (the *HiddenTest classes and the hidden fixtures: every
     * {@code grader/hidden/NN-topic/pymem/**.java}), as whole-word, case-sensitive patterns.
     */
    static synchronized List<Pattern> hiddenNames() {
        if (hiddenNames == null) {
            List<Pattern> names = new ArrayList<>();
            try (Stream<Path> walk = Files.walk(KitFixture.KIT.root().resolve("grader/hidden"))) {
                for (Path p : walk.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Path rel = KitFixture.KIT.root().resolve("grader/hidden").relativize(p);
                    if (rel.getNameCount() > 2 && rel.getName(0).toString().matches("\\d\\d-.*") && rel.getName(1).toString().equals("pymem")) {
                        String name = p.getFileName().toString().replace(".java", "");
                        names.add(Pattern.compile("\\b" + Pattern.quote(name) + "\\b"));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            hiddenNames = List.copyOf(names);
        }
        return hiddenNames;
    }

    /** Each leak of the hidden tests' internals in {@code texts} (report name -> text), with some context. */
    static List<String> hiddenInternals(Map<String, String> texts) {
        List<String> found = new ArrayList<>();
        // one alternation, one pass per text
        StringBuilder any = new StringBuilder("HiddenTest\\.java:|\\bat pymem\\.");
        hiddenNames().forEach(p -> any.append('|').append(p.pattern()));
        Pattern pattern = Pattern.compile(any.toString());
        for (Map.Entry<String, String> t : texts.entrySet()) {
            Matcher m = pattern.matcher(t.getValue());
            java.util.Set<String> seen = new java.util.HashSet<>();
            while (m.find()) {
                if (seen.add(m.group())) {
                    int from = Math.max(0, m.start() - 60);
                    int to = Math.min(t.getValue().length(), m.end() + 60);
                    found.add(t.getKey() + ": '" + m.group() + "' in \"..." + printable(t.getValue().substring(from, to)) + "...\"");
                }
            }
        }
        return found;
    }

    /**
     * Raw control characters in {@code text}: C0 controls other than tab and newline (ESC, NUL, BEL, CR...), DEL,
     * C1 controls and the Unicode line/paragraph separators. None belongs in a report or on a terminal.
     */
    static List<String> controlCharacters(String name, String text) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < text.length() && found.size() < 5; i++) {
            char c = text.charAt(i);
            boolean bad = (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029';
            if (bad) {
                int from = Math.max(0, i - 30);
                found.add(String.format("%s: U+%04X at %d in \"...%s...\"", name, (int) c, i, printable(text.substring(from, Math.min(text.length(), i + 30)))));
            }
        }
        return found;
    }

    /** {@code s} with every control character shown as \\uXXXX, for a readable assertion message. */
    static String printable(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            boolean bad = (c < 0x20 && c != ' ') || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029';
            sb.append(bad ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return sb.toString();
    }
}
