package pymem.grader.batch;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import pymem.grader.BadInputException;
import pymem.grader.kit.Exercise;
import pymem.grader.kit.ExerciseCatalog;
import pymem.grader.files.AtomicFiles;

/**
 * grades.csv: one row per student, {@code student,total,01-objects,...,09-pymalloc,concepts missed,similar to,status}
 * (the concepts missed: the ids, space-separated, of the concepts with a failed test; similar to: the students
 * whose code the similarity check found too close, e.g. {@code bob (04: 92%); carol (07: 85%)}, empty when it
 * did not run; a flag for a human, never a change to the score). Written and
 * read with Jackson's CSV module (RFC 4180 quoting, so any student name survives).
 */
public final class Gradebook {
    private static final CsvMapper CSV = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);

    /** One student's line. */
    public record Row(String student, int total, Map<String, Integer> exerciseScores, List<String> conceptsMissed, String similarTo,
                      String status) {
        /** A row the similarity check has not looked at (yet). */
        public Row(String student, int total, Map<String, Integer> exerciseScores, List<String> conceptsMissed, String status) {
            this(student, total, exerciseScores, conceptsMissed, "", status);
        }

        public Row withSimilarTo(String similar) {
            return new Row(student, total, exerciseScores, conceptsMissed, similar, status);
        }
    }

    private Gradebook() {
    }

    static final String CONCEPTS_MISSED = "concepts missed";
    static final String SIMILAR_TO = "similar to";

    public static List<String> header() {
        List<String> header = new ArrayList<>(List.of("student", "total"));
        for (Exercise e : ExerciseCatalog.all()) {
            header.add(e.folder());
        }
        header.add(CONCEPTS_MISSED);
        header.add(SIMILAR_TO);
        header.add("status");
        return header;
    }

    public static void write(Path file, List<Row> rows) throws IOException {
        List<Row> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing(Row::student));
        StringWriter out = new StringWriter();
        CsvSchema schema = CsvSchema.emptySchema();
        try (var writer = CSV.writer(schema).writeValues(out)) {
            writer.write(header());
            for (Row r : sorted) {
                List<String> line = new ArrayList<>(List.of(r.student(), String.valueOf(r.total())));
                for (Exercise e : ExerciseCatalog.all()) {
                    line.add(String.valueOf(r.exerciseScores().getOrDefault(e.folder(), 0)));
                }
                line.add(String.join(" ", r.conceptsMissed()));
                line.add(r.similarTo());
                line.add(r.status());
                writer.write(line);
            }
        }
        AtomicFiles.write(file, out.toString());
    }

    public static List<Row> read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException("no such gradebook: " + file + " (give the grades.csv files the shards wrote)");
        }
        List<Row> rows = new ArrayList<>();
        try (MappingIterator<List<String>> lines = CSV.readerForListOf(String.class).readValues(file.toFile())) {
            List<String> header = lines.hasNext() ? lines.next() : List.of();
            if (!header.equals(header())) {
                throw new BadInputException(file + " is not a pymem-kit gradebook: its header is " + header + ", expected " + header());
            }
            while (lines.hasNext()) {
                List<String> line = lines.next();
                if (line.size() == 1 && line.get(0).isEmpty()) {
                    continue;
                }
                if (line.size() != header.size()) {
                    throw new BadInputException(file + ": a row has " + line.size() + " columns, expected " + header.size() + ": " + line);
                }
                Map<String, Integer> scores = new LinkedHashMap<>();
                for (int i = 0; i < ExerciseCatalog.all().size(); i++) {
                    scores.put(header.get(i + 2), Integer.parseInt(line.get(i + 2)));
                }
                String missed = line.get(header.indexOf(CONCEPTS_MISSED)).strip();
                rows.add(new Row(line.get(0), Integer.parseInt(line.get(1)), scores, missed.isEmpty() ? List.of() : List.of(missed.split(" +")),
                        line.get(header.indexOf(SIMILAR_TO)), line.get(line.size() - 1)));
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof BadInputException b) {
                throw b;
            }
            throw new BadInputException("cannot read gradebook " + file + ": " + e.getMessage());
        }
        return rows;
    }

    /** Joins shards' rows; a student in two shards is an error (shards are disjoint by construction). */
    public static List<Row> merge(Map<Path, List<Row>> shards) {
        Map<String, Path> seen = new LinkedHashMap<>();
        List<Row> all = new ArrayList<>();
        for (Map.Entry<Path, List<Row>> shard : shards.entrySet()) {
            for (Row r : shard.getValue()) {
                Path before = seen.putIfAbsent(r.student(), shard.getKey());
                if (before != null) {
                    throw new BadInputException("student " + r.student() + " is in both " + before + " and " + shard.getKey()
                            + ": merge the gradebooks of one batch's shards (--shard K/N), each once");
                }
                all.add(r);
            }
        }
        all.sort(Comparator.comparing(Row::student));
        return all;
    }
}
