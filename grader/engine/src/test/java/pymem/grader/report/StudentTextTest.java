package pymem.grader.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Text a submission influenced")
class StudentTextTest {

    @Test
    @DisplayName("loses every control character that could move a cursor, clear a screen or reorder text")
    void controls() {
        // without its ESC (or C1 CSI) an escape sequence is inert text
        String hostile = "a\u001b[2Jb\u0000c\u0007d\u009be\u202ef\u2066g\u007fh";
        assertThat(StudentText.clean(hostile)).isEqualTo("a[2Jbcdefgh");
    }

    @Test
    @DisplayName("keeps line ends and tabs; a lone carriage return becomes a line end, a line separator too")
    void lineEnds() {
        assertThat(StudentText.clean("a\r\nb\rc\u2028d\te")).isEqualTo("a\nb\nc\nd\te");
    }

    @Test
    @DisplayName("replaces a lone surrogate (not valid in XML or UTF-8) and keeps a real pair")
    void surrogates() {
        assertThat(StudentText.clean("x\ud800y\ud83d\ude00")).isEqualTo("x\ufffdy\ud83d\ude00");
    }

    @Test
    @DisplayName("bounds a huge text keeping both ends, so the actual value at the end is never lost")
    void bounded() {
        String huge = "expected: 3 " + "x".repeat(10_000_000) + " but was: 4";
        String clean = StudentText.clean(huge, 1_000);
        assertThat(clean.length()).isLessThanOrEqualTo(1_000);
        assertThat(clean).startsWith("expected: 3 ").endsWith(" but was: 4").contains("characters cut");
    }

    @Test
    @DisplayName("folds white space runs to one space in linear time (no backtracking on long blank runs)")
    void oneLine() {
        assertThat(StudentText.oneLine("  a \n\n  b\t c  ")).isEqualTo("a b c");
        String blanks = " \n".repeat(2_000_000) + "x";
        assertThat(StudentText.oneLine(blanks)).isEqualTo("x");
    }
}
