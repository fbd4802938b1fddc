package pymem.grader.lesson;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The level-2 sections every lesson has, in this order and each once: a student who finished one exercise
 * finds everything at the same place in the next.
 */
public enum LessonSection {
    THE_PYTHON("The Python"),
    THE_MODEL("The model"),
    CONCEPTS("Concepts"),
    TASKS("Tasks"),
    HINTS("Hints"),
    OUT_OF_SCOPE("Out of scope"),
    RUN_IT("Run it");

    private final String title;

    LessonSection(String title) {
        this.title = title;
    }

    /** The heading as the lesson writes it, {@code ## The Python}. */
    public String heading() {
        return "## " + title;
    }

    /** The section whose heading text is {@code text} exactly, if any. */
    public static Optional<LessonSection> ofTitle(String text) {
        return Arrays.stream(values()).filter(s -> s.title.equals(text)).findFirst();
    }

    /** The whole scheme, quoted in every message about a heading so that the fix is in the message. */
    public static String scheme() {
        return "the headings must be: # NN · Title, "
                + Arrays.stream(values()).map(LessonSection::heading).collect(Collectors.joining(", "))
                + "; ### Invariants only under ## The model, ### N. title only under ## Tasks";
    }
}
