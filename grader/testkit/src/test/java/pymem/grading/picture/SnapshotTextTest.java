package pymem.grading.picture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SnapshotTextTest {
    static final String HOSTILE = "'</text><script>alert(1)</script>\t\\n\n'";

    static HeapSnapshot sample() {
        return new HeapSnapshot(List.of(
                new HeapSnapshot.Box("n0", BoxKind.SCOPE, "<module>", "", -1, List.of("xs", "w"), Mark.NONE),
                new HeapSnapshot.Box("o0", BoxKind.OBJECT, "list", "len 1", 2, List.of("[0]"), Mark.EXPECTED_DEAD_BUT_LIVE),
                new HeapSnapshot.Box("o1", BoxKind.OBJECT, "str", HeapSnapshot.bounded(HOSTILE), 1, List.of(), Mark.NONE),
                new HeapSnapshot.Box("w0", BoxKind.WEAKREFS, "weakref", "1 weak reference", -1, List.of(), Mark.NONE)),
                List.of(new HeapSnapshot.Arrow("n0", 0, "o0", ArrowKind.NAME),
                        new HeapSnapshot.Arrow("o0", 0, "o1", ArrowKind.SLOT),
                        new HeapSnapshot.Arrow("w0", -1, "o0", ArrowKind.WEAK)),
                7, true, List.of("o0", "o1"), List.of("o1"));
    }

    @Test
    void roundTrips() throws Exception {
        HeapSnapshot s = sample();
        assertThat(SnapshotText.decode(SnapshotText.encode(s))).isEqualTo(s);
    }

    @Test
    void refusesWhatIsNotASnapshotInOneLine() {
        String good = SnapshotText.encode(sample());
        List<String> bad = List.of("", "hello", good.replace("pymem-heap 1", "pymem-heap 2"),
                good.replace("arrow\tn0\t0\to0", "arrow\tn0\t5\to0"),
                good.replace("arrow\to0\t0\to1", "arrow\to0\t0\to9"),
                good.replace("OBJECT", "SCRIPT"),
                good.replace("box\to1", "box\to0"),
                good.replace("box\to1", "box\t<x>"),
                good + "slot\tlate\n",
                good.replace("len 1", "len\\x1"),
                good.replace("expected o0 o1", "expected o0 o7"),
                good.replace("actual o1\n", ""),
                "x".repeat(SnapshotText.MAX_CHARS + 1));
        for (String text : bad) {
            assertThatThrownBy(() -> SnapshotText.decode(text)).isInstanceOf(SnapshotText.MalformedSnapshot.class)
                    .hasMessageStartingWith("not a heap snapshot: ").message().doesNotContain("\n");
        }
    }

    @Test
    void decodedTextsAreBoundedAgain() throws Exception {
        String text = SnapshotText.encode(sample()).replace("len 1", "y".repeat(5000));
        assertThat(SnapshotText.decode(text).box("o0").detail()).hasSize(HeapSnapshot.MAX_TEXT);
    }
}
