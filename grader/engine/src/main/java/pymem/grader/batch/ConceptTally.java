package pymem.grader.batch;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import pymem.grader.files.AtomicFiles;

/**
 * The concepts a class misses most: for each concept, how many graded students have not yet held it (failed
 * at least one of its tests), from the gradebook's rows, so that shards merged later give the same figures.
 * "62% of the class misses 4.2: getrefcount reports the count plus one" tells an instructor what to teach
 * again; a list of test names does not.
 */
public final class ConceptTally {

    /**
     * One concept's count.
     *
     * @param id      {@code N.k}
     * @param rule    its rule (empty when no lesson lists it)
     * @param missing how many graded students did not hold it
     * @param graded  how many students were graded at all
     */
    public record Entry(String id, String rule, int missing, int graded) {
        public long percent() {
            return graded == 0 ? 0 : Math.round(100.0 * missing / graded);
        }
    }

    private ConceptTally() {
    }

    /** The concepts some student missed, the most missed first (ties in concept order). */
    public static List<Entry> of(List<Gradebook.Row> rows, Map<String, String> rules) {
        Map<String, Integer> missing = new LinkedHashMap<>();
        int graded = 0;
        for (Gradebook.Row r : rows) {
            if (!r.status().startsWith("graded")) {
                continue;
            }
            graded++;
            r.conceptsMissed().forEach(id -> missing.merge(id, 1, Integer::sum));
        }
        int students = graded;
        List<Entry> out = new ArrayList<>();
        missing.forEach((id, n) -> out.add(new Entry(id, rules.getOrDefault(id, ""), n, students)));
        out.sort(Comparator.comparingInt((Entry e) -> -e.missing()).thenComparing(Entry::id, ClassOverview::byNumber));
        return out;
    }

    /** concepts.csv: concept, rule, students missing it, percent of the graded students. */
    public static void write(Path file, List<Entry> entries) throws IOException {
        StringWriter out = new StringWriter();
        try (var writer = new CsvMapper().writer(CsvSchema.emptySchema()).writeValues(out)) {
            writer.write(List.of("concept", "rule", "students missing it", "percent of graded"));
            for (Entry e : entries) {
                writer.write(List.of(e.id(), e.rule(), String.valueOf(e.missing()), String.valueOf(e.percent())));
            }
        }
        AtomicFiles.write(file, out.toString());
    }
}
