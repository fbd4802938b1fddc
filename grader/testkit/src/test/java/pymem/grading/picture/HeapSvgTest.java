package pymem.grading.picture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HeapSvgTest {

    @Test
    void everyTextIsEscaped() {
        String svg = HeapSvg.of(SnapshotTextTest.sample());
        assertThat(svg).doesNotContain("<script").doesNotContain("</text><script").contains("&lt;/text&gt;&lt;script&gt;alert(1)");
        assertThat(svg).contains("&lt;module&gt;");
    }

    @Test
    void weakReferencesAreDashedAndStrongOnesAreNot() {
        String svg = HeapSvg.of(SnapshotTextTest.sample());
        Matcher weak = Pattern.compile("<path class=\"pm-arrow pm-weak\"[^>]*>").matcher(svg);
        assertThat(weak.find()).isTrue();
        assertThat(weak.group()).contains("stroke-dasharray");
        Matcher strong = Pattern.compile("<path class=\"pm-arrow pm-(name|slot)\"[^>]*>").matcher(svg);
        int strongCount = 0;
        while (strong.find()) {
            assertThat(strong.group()).doesNotContain("stroke-dasharray");
            strongCount++;
        }
        assertThat(strongCount).isEqualTo(2);
    }

    @Test
    void showsRefcountsMarksAndWhatWasLeftOut() {
        String svg = HeapSvg.of(SnapshotTextTest.sample());
        assertThat(svg).contains(">rc 2<", "expected dead: still live", "\u2026 and 7 more objects", "pm-mark-expected_dead_but_live");
    }

    @Test
    void boxesDoNotOverlapAndFitThePicture() {
        List<HeapSnapshot.Box> boxes = new ArrayList<>();
        List<HeapSnapshot.Arrow> arrows = new ArrayList<>();
        boxes.add(new HeapSnapshot.Box("n0", BoxKind.SCOPE, "<module>", "", -1, List.of("l"), Mark.NONE));
        for (int i = 0; i < HeapSnapshot.MAX_OBJECTS; i++) {
            boxes.add(new HeapSnapshot.Box("o" + i, BoxKind.OBJECT, "list", "len 1", 1, List.of("[0]"), Mark.NONE));
            arrows.add(new HeapSnapshot.Arrow(i == 0 ? "n0" : "o" + (i - 1), 0, "o" + i, i == 0 ? ArrowKind.NAME : ArrowKind.SLOT));
        }
        HeapLayout.Layout layout = HeapLayout.of(new HeapSnapshot(boxes, arrows, 0, true));
        List<HeapLayout.Placed> placed = layout.boxes();
        for (HeapLayout.Placed p : placed) {
            assertThat(p.x()).isGreaterThanOrEqualTo(0);
            assertThat(p.y()).isGreaterThanOrEqualTo(0);
            assertThat(p.x() + p.width()).isLessThanOrEqualTo(layout.width());
            assertThat(p.y() + p.height()).isLessThanOrEqualTo(layout.height());
            for (HeapLayout.Placed q : placed) {
                boolean apart = p == q || p.x() + p.width() <= q.x() || q.x() + q.width() <= p.x()
                        || p.y() + p.height() <= q.y() || q.y() + q.height() <= p.y();
                assertThat(apart).as("%s and %s overlap", p.box().id(), q.box().id()).isTrue();
            }
        }
        // the name's arrow leaves from its row on the scope's right side
        HeapLayout.Route first = layout.routes().get(0);
        HeapLayout.Placed scope = placed.get(0);
        assertThat(first.points().get(0)[0]).isCloseTo(scope.x() + scope.width(), org.assertj.core.data.Offset.offset(1.5));
        assertThat(first.points().get(0)[1]).isCloseTo(scope.y() + HeapLayout.slotCentre(scope.box(), 0), org.assertj.core.data.Offset.offset(1.5));
        String svg = HeapSvg.of(layout);
        assertThat(svg.length()).isLessThan(SnapshotText.MAX_CHARS);
    }

    @Test
    void theAssertionsExpectedAndActualObjectsAreComparedByBadges() {
        String svg = HeapSvg.of(SnapshotTextTest.sample());
        assertThat(svg).contains(">expected: [#1, #2]<", ">actual:   [#2]<");
        assertThat(svg.split("class=\"pm-badge\"", -1)).hasSize(3);
        HeapSnapshot none = new HeapSnapshot(SnapshotTextTest.sample().boxes(), List.of(), 0, false);
        assertThat(HeapSvg.of(none)).doesNotContain("pm-badge", "expected:");
    }

    @Test
    void anEmptySnapshotSaysSo() {
        assertThat(HeapSvg.of(new HeapSnapshot(List.of(), List.of(), 0, false))).contains("no heap or namespace to draw");
    }
}
