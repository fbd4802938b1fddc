package pymem.grader.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import pymem.grader.discovery.GradedTest;
import pymem.grader.kit.Exercise;
import pymem.grader.score.ExerciseResult;
import pymem.grader.score.GradeResult;
import pymem.grader.score.TestResult;
import pymem.grading.picture.HeapSnapshot;
import pymem.grading.picture.SnapshotText;

/**
 * The last stage before anything is shown: every text a student could see loses what would tell about the
 * hidden tests (their class names, long method names, file names and line numbers, stack frames outside the
 * submission's own files) and what could harm a terminal or a report ({@link StudentText}). Hand-written
 * scanning, linear in the text.
 */
public final class FeedbackScrubber {
    static final String HIDDEN = "(hidden test)";
    /** Method names this long are distinctive enough to scrub wherever they appear as a word. */
    private static final int DISTINCTIVE_METHOD_NAME = 12;

    private final Set<String> hiddenNames;
    private final Map<Exercise, Set<String>> ownFiles;

    private FeedbackScrubber(Set<String> hiddenNames, Map<Exercise, Set<String>> ownFiles) {
        this.hiddenNames = hiddenNames;
        this.ownFiles = ownFiles;
    }

    /**
     * @param tests    the graded tests: their classes and methods are what must not leak
     * @param testClassNames every class of the test suite (fixtures too), qualified
     * @param ownFiles per exercise, the submission's own source file names (feedback may point into these)
     */
    public static FeedbackScrubber forTests(List<GradedTest> tests, Set<String> testClassNames, Map<Exercise, Set<String>> ownFiles) {
        Set<String> names = new HashSet<>();
        testClassNames.forEach(n -> addClassNames(names, n));
        for (GradedTest t : tests) {
            for (String segment : t.uniqueId().split("/")) {
                int colon = segment.indexOf(':');
                if (segment.startsWith("[") && colon > 0 && segment.endsWith("]")) {
                    String type = segment.substring(1, colon);
                    String value = segment.substring(colon + 1, segment.length() - 1);
                    if (type.endsWith("class")) {
                        addClassNames(names, value);
                    } else if (type.equals("method") || type.equals("test-template") || type.equals("test-factory")) {
                        int paren = value.indexOf('(');
                        String method = paren < 0 ? value : value.substring(0, paren);
                        if (method.length() >= DISTINCTIVE_METHOD_NAME) {
                            names.add(method);
                        }
                    }
                }
            }
        }
        return new FeedbackScrubber(names, ownFiles);
    }

    private static void addClassNames(Set<String> names, String qualified) {
        names.add(qualified);
        String simple = qualified.substring(qualified.lastIndexOf('.') + 1);
        for (String part : simple.split("\\$")) {
            if (!part.isEmpty()) {
                names.add(part);
            }
        }
    }

    public GradeResult scrub(GradeResult result) {
        List<ExerciseResult> exercises = new ArrayList<>();
        for (ExerciseResult e : result.exercises()) {
            Set<String> own = ownFiles.getOrDefault(e.exercise(), Set.of());
            List<TestResult> tests = new ArrayList<>();
            for (TestResult t : e.tests()) {
                tests.add(t.withFeedback(scrub(t.feedback(), own)).withPicture(scrubPicture(t.picture(), own)));
            }
            exercises.add(e.withTests(scrub(e.detail(), own), tests));
        }
        return new GradeResult(StudentText.clean(result.submission(), 300), exercises, result.seconds(), result.testSuiteKind(), result.isolation());
    }

    /**
     * A heap picture's snapshot with every text in it scrubbed like feedback; empty when it is not a well-formed,
     * bounded snapshot (it came from the test JVM, where the submission ran).
     */
    String scrubPicture(String picture, Set<String> ownFileNames) {
        if (picture.isEmpty()) {
            return "";
        }
        try {
            HeapSnapshot s = SnapshotText.decode(picture);
            List<HeapSnapshot.Box> boxes = new ArrayList<>();
            for (HeapSnapshot.Box b : s.boxes()) {
                List<String> slots = b.slots().stream().map(x -> HeapSnapshot.bounded(scrub(x, ownFileNames))).toList();
                boxes.add(new HeapSnapshot.Box(b.id(), b.kind(), HeapSnapshot.bounded(scrub(b.title(), ownFileNames)),
                        HeapSnapshot.bounded(scrub(b.detail(), ownFileNames)), b.refcount(), slots, b.mark()));
            }
            return SnapshotText.encode(new HeapSnapshot(boxes, s.arrows(), s.omitted(), s.refcounts()));
        } catch (SnapshotText.MalformedSnapshot e) {
            return "";
        }
    }

    /** One text made safe to show: hidden names replaced, foreign locations and stack frames dropped. */
    public String scrub(String text, Set<String> ownFileNames) {
        String clean = StudentText.clean(text);
        StringBuilder out = new StringBuilder();
        for (String line : clean.split("\n", -1)) {
            String l = line.strip();
            if (l.startsWith("at ") && l.endsWith(")") && l.contains("(")) {
                continue; // a stack frame: never the student's to see in full
            }
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(scrubLine(line, ownFileNames));
        }
        return out.toString();
    }

    /** Replaces hidden identifiers (and dotted names ending in one) and drops foreign {@code X.java:N} locations. */
    private String scrubLine(String line, Set<String> ownFileNames) {
        StringBuilder out = new StringBuilder(line.length());
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (!Character.isJavaIdentifierStart(c)) {
                out.append(c);
                i++;
                continue;
            }
            // a dotted name: a.b.C or C.java
            int end = i;
            while (end < line.length() && (Character.isJavaIdentifierPart(line.charAt(end))
                    || (line.charAt(end) == '.' && end + 1 < line.length() && Character.isJavaIdentifierStart(line.charAt(end + 1))))) {
                end++;
            }
            String name = line.substring(i, end);
            if (name.endsWith(".java")) {
                int digits = end;
                boolean located = digits + 1 < line.length() && line.charAt(digits) == ':' && Character.isDigit(line.charAt(digits + 1));
                if (located) {
                    digits++;
                    while (digits < line.length() && Character.isDigit(line.charAt(digits))) {
                        digits++;
                    }
                }
                String file = name.substring(name.lastIndexOf('.', name.length() - 6) + 1);
                String base = file.substring(0, file.length() - ".java".length());
                if (isHiddenDotted(name.substring(0, name.length() - ".java".length())) || isHidden(base)) {
                    out.append(HIDDEN); // a hidden test's file, with or without a line
                } else if (located && !ownFileNames.contains(file)) {
                    out.append(HIDDEN); // a line in a file that is not the submission's own (a fixture, the model)
                } else {
                    out.append(line, i, digits);
                }
                i = digits;
                continue;
            }
            out.append(isHiddenDotted(name) ? HIDDEN : name);
            i = end;
        }
        return out.toString();
    }

    private boolean isHiddenDotted(String dotted) {
        for (String part : dotted.split("\\.")) {
            if (isHidden(part)) {
                return true;
            }
        }
        return isHidden(dotted);
    }

    private boolean isHidden(String identifier) {
        if (hiddenNames.contains(identifier)) {
            return true;
        }
        // every class of the hidden suites ends so, including fixtures a test name does not mention
        return identifier.endsWith("HiddenTest") || identifier.contains("HiddenTest$");
    }

    /** For tests: the names this scrubber hides. */
    Set<String> hiddenNames() {
        return new HashSet<>(hiddenNames);
    }

}
