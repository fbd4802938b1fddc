package pymem.grader.lesson;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * Checks that a lesson has the shape every lesson shares (CONTRIBUTING.md, "Lesson shape") and that its
 * examples call only what the exercise's API declares. The text is parsed as CommonMark, so a line starting
 * with {@code #} inside a fenced block (a Python comment, a statistics dump) is code, never a heading.
 * Each problem is one line that starts with the lesson's file name.
 */
public final class LessonChecker {
    private static final Pattern TITLE = Pattern.compile("(\\d\\d) · \\S.*");
    private static final Pattern TASK = Pattern.compile("(\\d+)\\. \\S.*");
    private static final String INVARIANTS = "Invariants";

    private final ApiIndex api;

    /** @param api the exercise's stubs and the model: what the examples may call */
    public LessonChecker(ApiIndex api) {
        this.api = api;
    }

    /**
     * The problems of lesson {@code text} of exercise {@code number}, named {@code file} in the messages.
     *
     * @param folder the lesson's folder, to resolve its relative links; null to not check links
     */
    public List<String> check(String file, int number, String text, Path folder) {
        List<String> problems = new ArrayList<>();
        Node document = Parser.builder().build().parse(text);
        List<Node> blocks = new ArrayList<>();
        for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
            blocks.add(n);
        }
        checkTitle(file, number, blocks, problems);
        Map<String, List<String>> inline = new LinkedHashMap<>();
        Map<String, List<String>> tasks = checkHeadings(file, blocks, inline, problems);
        List<String> allExamples = blocks.stream().filter(b -> b instanceof FencedCodeBlock && isJava((FencedCodeBlock) b))
                .map(b -> ((FencedCodeBlock) b).getLiteral()).toList();
        checkExamples(file, tasks, inline, allExamples, problems);
        if (folder != null) {
            checkLinks(file, document, folder, problems);
        }
        return problems;
    }

    private static void checkTitle(String file, int number, List<Node> blocks, List<String> problems) {
        String expected = String.format("%02d", number);
        Node first = blocks.isEmpty() ? null : blocks.get(0);
        if (!(first instanceof Heading) || ((Heading) first).getLevel() != 1) {
            problems.add(file + ": does not start with its title '# " + expected + " · Title' (" + LessonSection.scheme() + ")");
            return;
        }
        Matcher m = TITLE.matcher(text(first));
        if (!m.matches() || !m.group(1).equals(expected)) {
            problems.add(file + ": the title '# " + text(first) + "' is not '# " + expected + " · Title'");
        }
    }

    /**
     * Checks every heading; returns each task's title with the Java examples of its section, in order, and
     * fills {@code inline} with the inline code of the tasks' text (`SetSizes.sizeOf(set)`) and its tasks.
     */
    private static Map<String, List<String>> checkHeadings(String file, List<Node> blocks, Map<String, List<String>> inline,
                                                           List<String> problems) {
        Map<String, List<String>> tasks = new LinkedHashMap<>();
        List<LessonSection> seen = new ArrayList<>();
        LessonSection current = null;
        String task = null;
        int invariants = 0;
        for (Node block : blocks.subList(Math.min(1, blocks.size()), blocks.size())) {
            if (block instanceof Heading) {
                Heading h = (Heading) block;
                String title = text(h);
                task = null;
                if (h.getLevel() == 1) {
                    problems.add(file + ": a second title '# " + title + "' (" + LessonSection.scheme() + ")");
                } else if (h.getLevel() == 2) {
                    LessonSection section = LessonSection.ofTitle(title).orElse(null);
                    if (section == null) {
                        problems.add(file + ": unexpected heading '## " + title + "' (" + LessonSection.scheme() + ")");
                    } else if (seen.contains(section)) {
                        problems.add(file + ": '" + section.heading() + "' appears twice (" + LessonSection.scheme() + ")");
                    } else {
                        if (!seen.isEmpty() && seen.get(seen.size() - 1).compareTo(section) > 0) {
                            problems.add(file + ": '" + section.heading() + "' comes after '" + seen.get(seen.size() - 1).heading()
                                    + "' (" + LessonSection.scheme() + ")");
                        }
                        seen.add(section);
                    }
                    current = section;
                } else if (h.getLevel() == 3 && current == LessonSection.TASKS) {
                    Matcher m = TASK.matcher(title);
                    if (!m.matches()) {
                        problems.add(file + ": the task heading '### " + title + "' is not '### N. title'");
                    } else if (Integer.parseInt(m.group(1)) != tasks.size() + 1) {
                        problems.add(file + ": task '### " + title + "' should be number " + (tasks.size() + 1)
                                + " (tasks are numbered 1, 2, 3, ... without gaps)");
                    }
                    task = title;
                    tasks.put(title, new ArrayList<>());
                } else if (h.getLevel() == 3 && current == LessonSection.THE_MODEL && title.equals(INVARIANTS) && invariants++ == 0) {
                    // The one sub-heading the model may have: the numbered invariants the concepts come from.
                } else {
                    problems.add(file + ": unexpected heading '" + "#".repeat(h.getLevel()) + " " + title + "' under '"
                            + (current == null ? "the title" : current.heading()) + "' (" + LessonSection.scheme() + ")");
                }
            } else if (task != null && block instanceof FencedCodeBlock && isJava((FencedCodeBlock) block)) {
                tasks.get(task).add(((FencedCodeBlock) block).getLiteral());
            } else if (task != null) {
                inlineCode(block).forEach(code -> inline.computeIfAbsent(code, c -> new ArrayList<>()).add(taskOf(tasks)));
            }
        }
        for (LessonSection section : LessonSection.values()) {
            if (!seen.contains(section)) {
                problems.add(file + ": no '" + section.heading() + "' section (" + LessonSection.scheme() + ")");
            }
        }
        if (seen.contains(LessonSection.TASKS) && tasks.isEmpty()) {
            problems.add(file + ": '## Tasks' has no task '### 1. title'");
        }
        return tasks;
    }

    private void checkExamples(String file, Map<String, List<String>> tasks, Map<String, List<String>> inline,
                               List<String> allExamples, List<String> problems) {
        ExampleCalls calls = new ExampleCalls(api, allExamples);
        // The task's text names its methods too: a name the API lacks there misleads as much as in an example.
        inline.forEach((code, inTasks) -> calls.unknownStaticCalls(code).forEach(call -> problems.add(file + ": task '### "
                + inTasks.get(0) + "' names " + call + "(...), which the exercise's API does not declare")));
        tasks.forEach((task, examples) -> {
            if (examples.isEmpty()) {
                problems.add(file + ": task '### " + task + "' has no ```java example");
            }
            for (String example : examples) {
                for (String call : calls.unknownCalls(example)) {
                    problems.add(file + ": task '### " + task + "' calls " + call + "(...), which the exercise's API does not declare");
                }
            }
        });
    }

    private static void checkLinks(String file, Node document, Path folder, List<String> problems) {
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                String target = link.getDestination();
                // Only the kit's own files can be checked here; a web address is the reader's to follow.
                if (!target.contains(":") && !target.startsWith("#")) {
                    String path = target.replaceAll("#.*$", "");
                    if (!path.isEmpty() && !Files.exists(folder.resolve(path))) {
                        problems.add(file + ": the link to '" + target + "' leads to no file");
                    }
                }
                visitChildren(link);
            }
        });
    }

    private static String taskOf(Map<String, List<String>> tasks) {
        return new ArrayList<>(tasks.keySet()).get(tasks.size() - 1);
    }

    private static List<String> inlineCode(Node block) {
        List<String> codes = new ArrayList<>();
        block.accept(new AbstractVisitor() {
            @Override
            public void visit(Code code) {
                codes.add(code.getLiteral());
            }
        });
        return codes;
    }

    private static boolean isJava(FencedCodeBlock block) {
        return block.getInfo() != null && block.getInfo().trim().split("\\s+")[0].equals("java");
    }

    /** A heading's text as the reader sees it: inline code keeps its content, without the backticks. */
    private static String text(Node heading) {
        StringBuilder out = new StringBuilder();
        heading.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                out.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                out.append('`').append(code.getLiteral()).append('`');
            }
        });
        return out.toString().trim();
    }
}
