package pymem.grader.batch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import pymem.grader.score.ConceptRule;
import pymem.grader.score.ExerciseResult;
import pymem.grader.score.GradeResult;
import pymem.grader.score.TestResult;

/**
 * The concept heat map of the class overview: one row per concept ({@code N.k}, grouped by exercise, in lesson
 * order), one column for the whole class and one per quarter of the class ranked by total score, each cell the
 * share of the concept's tests that the column's students passed. Quarters, not one column per student, so the
 * table has the same five columns for 30 students or 300, and reads "even the top quarter misses 5.3" or
 * "only the lowest quarter misses 4.2" at a glance. Colours are ColorBrewer's PuOr scale (safe for the common
 * colour-vision deficiencies), and every cell also prints its number, with the counts in its title.
 */
final class ConceptHeatMap {
    /** PuOr, five classes, from few tests passed (orange) to all passed (purple). */
    private static final String[] COLOURS = {"#e66101", "#fdb863", "#f7f7f7", "#b2abd2", "#5e3c99"};
    /** Dark text on every colour but the darkest, keeping a contrast of at least 4.5:1. */
    private static final String[] TEXT = {"#1d2330", "#1d2330", "#1d2330", "#1d2330", "#ffffff"};
    private static final String[] QUARTERS = {"lowest quarter", "second quarter", "third quarter", "top quarter"};

    private ConceptHeatMap() {
    }

    /** Passed and total test counts of one concept among one column's students. */
    private static final class Cell {
        int passed;
        int total;
    }

    /** The template's data: {@code columns} (headings) and {@code groups} (per exercise, its concept rows). */
    static Map<String, Object> of(List<GradeResult> graded) {
        List<GradeResult> ranked = new ArrayList<>(graded);
        ranked.sort(Comparator.comparingDouble(ConceptHeatMap::fraction));
        List<List<GradeResult>> columns = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        columns.add(ranked);
        labels.add("whole class (" + ranked.size() + ")");
        for (int q = 0; q < QUARTERS.length; q++) {
            List<GradeResult> quarter = ranked.subList(q * ranked.size() / 4, (q + 1) * ranked.size() / 4);
            if (!quarter.isEmpty()) {
                columns.add(quarter);
                labels.add(String.format(Locale.ROOT, "%s (%d; %.0f-%.0f%%)", QUARTERS[q], quarter.size(),
                        100 * fraction(quarter.get(0)), 100 * fraction(quarter.get(quarter.size() - 1))));
            }
        }
        // concept -> one cell per column; rows in the lesson's order, exercise by exercise
        Map<String, Map<String, Cell[]>> byExercise = new LinkedHashMap<>();
        Map<String, String> rules = new LinkedHashMap<>();
        for (int c = 0; c < columns.size(); c++) {
            for (GradeResult r : columns.get(c)) {
                for (ExerciseResult e : r.exercises()) {
                    Map<String, Cell[]> rows = byExercise.computeIfAbsent(e.exercise().folder(), k -> new LinkedHashMap<>());
                    for (ConceptRule rule : e.concepts()) {
                        rules.putIfAbsent(rule.id(), rule.rule());
                        rows.computeIfAbsent(rule.id(), k -> newCells(columns.size()));
                    }
                    for (TestResult t : e.tests()) {
                        String concept = t.test().concept();
                        if (concept.isEmpty()) {
                            continue;
                        }
                        Cell cell = rows.computeIfAbsent(concept, k -> newCells(columns.size()))[c];
                        cell.total++;
                        cell.passed += t.passed() ? 1 : 0;
                    }
                }
            }
        }
        List<Map<String, Object>> groups = new ArrayList<>();
        byExercise.forEach((exercise, rows) -> {
            List<Map<String, Object>> concepts = new ArrayList<>();
            rows.entrySet().stream().sorted(Map.Entry.comparingByKey(ClassOverview::byNumber)).forEach(row -> {
                if (row.getValue()[0].total == 0) {
                    return; // a concept no graded test names
                }
                List<Map<String, Object>> cells = new ArrayList<>();
                for (int c = 0; c < columns.size(); c++) {
                    cells.add(cell(row.getKey(), labels.get(c), row.getValue()[c]));
                }
                concepts.add(Map.of("id", row.getKey(), "rule", rules.getOrDefault(row.getKey(), ""), "cells", cells));
            });
            if (!concepts.isEmpty()) {
                groups.add(Map.of("exercise", exercise, "concepts", concepts, "span", columns.size() + 2));
            }
        });
        List<Map<String, Object>> legend = new ArrayList<>();
        for (int i = 0; i < COLOURS.length; i++) {
            legend.add(Map.of("bg", COLOURS[i], "fg", TEXT[i], "label", (i * 20) + "-" + (i * 20 + 20) + "%"));
        }
        return Map.of("columns", labels, "groups", groups, "legend", legend);
    }

    private static Cell[] newCells(int n) {
        Cell[] cells = new Cell[n];
        for (int i = 0; i < n; i++) {
            cells[i] = new Cell();
        }
        return cells;
    }

    private static Map<String, Object> cell(String concept, String column, Cell cell) {
        if (cell.total == 0) {
            return Map.of("text", "-", "bg", "#ffffff", "fg", "#5b6475", "title", concept + ", " + column + ": no test of it was run");
        }
        double share = (double) cell.passed / cell.total;
        int bin = Math.min(COLOURS.length - 1, (int) (share * COLOURS.length));
        long percent = Math.round(100 * share);
        return Map.of("text", percent + "", "bg", COLOURS[bin], "fg", TEXT[bin],
                "title", String.format(Locale.ROOT, "%s, %s: %d%% of its tests passed (%d of %d)", concept, column, percent, cell.passed, cell.total));
    }

    private static double fraction(GradeResult r) {
        return r.maxScore() == 0 ? 0 : (double) r.score() / r.maxScore();
    }
}
