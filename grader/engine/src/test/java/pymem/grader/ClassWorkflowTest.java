package pymem.grader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pymem.grader.batch.Gradebook;
import pymem.grader.files.TempFolders;

/**
 * The class-grading workflow, .github/workflows/grade-class.yml, run here job by job with its own steps (read from
 * the file, so workflow and scripts cannot drift apart): a generated class in local git repositories (file://),
 * each with a commit before the deadline and one after it, the roster answered by a stand-in GitHub CLI from a
 * fixture of the Classroom API, three grading shards, the merge; the merged gradebook must be the one a single
 * {@code ./grade batch} gives for the same submissions.
 */
@DisplayName("the class-grading workflow, run locally")
class ClassWorkflowTest {
    static final Path KIT = KitFixture.KIT.root();
    static final Path WORKFLOW = KIT.resolve(".github/workflows/grade-class.yml");
    static final String ORG = "course-org";
    static final String ASSIGNMENT = "4242";
    /** 10:00 UTC: the commits after it are at 10:30 UTC, which would count as before it if the offset were dropped. */
    static final String DEADLINE = "2026-06-01T12:00:00+02:00";
    static final String BEFORE = "2026-05-30T10:00:00+00:00";
    static final String AFTER = "2026-06-01T10:30:00+00:00";
    static final String LATE = "pymem-late";   // only commits after the deadline
    static final String GONE = "pymem-gone";   // on the roster, but no repository to clone
    static final int SHARDS = 3;

    private static Path root;
    private static Classroom classroom;
    /** Student (repository name) -> the commit before the deadline, the one that must be graded. */
    private static final Map<String, String> graded = new LinkedHashMap<>();
    private static LocalActions actions;
    private static LocalActions.JobRun collect;
    private static LocalActions.JobRun merge;
    private static final List<LocalActions.JobRun> shards = new ArrayList<>();
    private static Path baseline;

    @BeforeAll
    static void runTheWorkflow() throws Exception {
        assertThat(KIT.resolve("grader/engine/target/pymem-grader.jar")).as("the grader's jar: run mvn package before this test").exists();
        root = Files.createTempDirectory("pymem-class-workflow-");
        classroom = Classroom.generate(Files.createDirectories(root.resolve("class")), 6);
        Path remotes = Files.createDirectories(root.resolve("remotes").resolve(ORG));
        Path oneMachine = Files.createDirectories(root.resolve("one-machine"));
        for (String student : classroom.plan.keySet()) {
            String repo = "pymem-" + student;
            Path work = root.resolve("work").resolve(repo);
            Classroom.copyTree(classroom.dir.resolve(student), work.resolve("exercises"));
            git(work, null, "init", "-q", "-b", "main");
            graded.put(repo, commit(work, BEFORE, "my exercises"));
            // after the deadline: a compile error in 01, which would zero it had the cut not held
            Files.writeString(work.resolve("exercises/01-objects/src/main/java/pymem/identity/Late.java"),
                    "package pymem.identity;\nclass Late { int x = \"after the deadline\"; }\n");
            commit(work, AFTER, "too late");
            git(root, null, "clone", "-q", "--bare", work.toString(), remotes.resolve(repo + ".git").toString());
            Classroom.copyTree(classroom.dir.resolve(student), oneMachine.resolve(repo).resolve("exercises"));
        }
        Path late = root.resolve("work").resolve(LATE);
        Classroom.copyTree(classroom.dir.resolve("student-00"), late.resolve("exercises"));
        git(late, null, "init", "-q", "-b", "main");
        commit(late, AFTER, "the reference, after the deadline");
        git(root, null, "clone", "-q", "--bare", late.toString(), remotes.resolve(LATE + ".git").toString());

        Path bin = standInGh(accepted());
        actions = new LocalActions(WORKFLOW, KIT, Files.createDirectories(root.resolve("runner")))
                .input("deadline", DEADLINE).input("assignment-id", ASSIGNMENT).input("shards", String.valueOf(SHARDS))
                .secret("CLASS_TOKEN", "stand-in-token")
                .env("GITHUB_SERVER_URL", "file://" + root.resolve("remotes")).pathFirst(bin);

        collect = actions.run("collect");
        List<String> matrix = actions.matrix("grade", "shard");
        assertThat(matrix).as("the grading matrix").containsExactly("1", "2", "3");
        for (String shard : matrix) {
            shards.add(actions.run("grade", Map.of("shard", shard)));
        }
        merge = actions.run("merge");

        baseline = root.resolve("one-machine-report");
        long start = System.nanoTime();
        // the workflow compares the whole class's code (its similarity input is on by default): so does this batch
        Object[] one = GradeCommandTest.run("batch", oneMachine.toString(), "--jobs", "2", "--similarity", "--out", baseline.toString());
        assertThat(one[0]).as("one-machine batch: %s", one[2]).isEqualTo(0);
        double oneSeconds = (System.nanoTime() - start) / 1e9;

        int rows = Gradebook.read(actions.artifact("class-report").resolve("grades.csv")).size();
        StringBuilder figures = new StringBuilder(String.format(Locale.ROOT, "[class-workflow] %d repositories: collect %.1f s", rows, collect.seconds()));
        for (int i = 0; i < shards.size(); i++) {
            int students = Gradebook.read(actions.artifact("shard-" + (i + 1)).resolve("grades.csv")).size();
            figures.append(String.format(Locale.ROOT, "; shard %d/%d %.1f s (%d students)", i + 1, SHARDS, shards.get(i).seconds(), students));
        }
        figures.append(String.format(Locale.ROOT, "; merge %.1f s; %d rows merged; one-machine batch %.1f s", merge.seconds(), rows, oneSeconds));
        System.out.println(figures);
    }

    @AfterAll
    static void cleanUp() {
        if (root != null) {
            TempFolders.delete(root);
        }
    }

    @Test
    @DisplayName("merges the shards into the gradebook one machine gives for the same submissions")
    void mergedEqualsOneMachine() {
        List<Gradebook.Row> merged = Gradebook.read(actions.artifact("class-report").resolve("grades.csv"));
        List<Gradebook.Row> one = Gradebook.read(baseline.resolve("grades.csv"));
        assertThat(one).as("the one-machine batch grades every student checked out").hasSize(graded.size());
        TreeSet<String> roster = new TreeSet<>(graded.keySet());
        roster.addAll(Set.of(LATE, GONE));
        assertThat(merged).extracting(Gradebook.Row::student).as("one row per repository on the roster, late and missing ones too")
                .containsExactlyElementsOf(roster);
        Map<String, Gradebook.Row> byStudent = merged.stream().collect(Collectors.toMap(Gradebook.Row::student, r -> r));
        for (Gradebook.Row row : one) {
            assertThat(pairsOnly(byStudent.get(row.student()))).as(row.student() + ": the same row (scores, concepts missed, similar to, status) as one machine gives")
                    .isEqualTo(pairsOnly(row));
        }
        assertThat(one).as("the class mixes full marks and compile errors, so a wrong cut or a lost shard shows")
                .anyMatch(r -> r.total() > 0).anyMatch(r -> r.status().contains("compile"));
    }

    @Test
    @DisplayName("grades each repository at its last commit before the deadline, and gives 0 without failing to one with none")
    void deadlineCut() throws IOException {
        Map<String, Map<String, String>> checkouts = csvByName(actions.artifact("class-report").resolve("checkouts.csv"), "student");
        assertThat(checkouts.keySet()).as("checkouts.csv: one line per repository").hasSize(graded.size() + 2);
        graded.forEach((student, commit) -> {
            assertThat(checkouts.get(student).get("commit")).as(student + ": the commit before the deadline, not the later one").isEqualTo(commit);
            assertThat(checkouts.get(student).get("checkout")).as(student).isEqualTo("checked-out");
            assertThat(checkouts.get(student).get("repository")).as(student).isEqualTo(ORG + "/" + student);
        });
        assertThat(checkouts.get(LATE).get("checkout")).as("a repository whose commits are all after the deadline").isEqualTo("no-commit-before-deadline");
        assertThat(checkouts.get(GONE).get("checkout")).as("a repository that cannot be cloned").isEqualTo("clone-failed");
        Map<String, Gradebook.Row> rows = Gradebook.read(actions.artifact("class-report").resolve("grades.csv")).stream()
                .collect(Collectors.toMap(Gradebook.Row::student, r -> r));
        for (String zero : List.of(LATE, GONE)) {
            assertThat(rows.get(zero).total()).as(zero + " is graded 0").isZero();
            assertThat(rows.get(zero).exerciseScores().values()).as(zero + ": every exercise 0").containsOnly(0);
        }
        String reference = "pymem-student-00";
        assertThat(rows.get(reference).exerciseScores().get("01-objects")).as(reference + "'s 01 before the deadline is the reference (full marks);"
                + " the compile error committed after it must not count").isPositive();
        assertThat(collect.log()).as("the collect job names the repositories graded 0").contains(LATE + ": ", GONE + ": ");
    }

    @Test
    @DisplayName("publishes grades.csv, index.html, concepts.csv, checkouts.csv and every student's report in one artifact")
    void classReport() throws IOException {
        Path report = actions.artifact("class-report");
        assertThat(report.resolve("grades.csv")).exists();
        assertThat(report.resolve("concepts.csv")).exists();
        assertThat(report.resolve("checkouts.csv")).exists();
        String index = Files.readString(report.resolve("index.html"));
        for (String student : graded.keySet()) {
            assertThat(report.resolve(student).resolve("report.html")).as(student + "'s report").exists();
            assertThat(report.resolve(student).resolve("results.json")).as(student + "'s results.json").exists();
        }
        // every page the class index links to is in the artifact, and the shard overviews link to the reports there
        List<String> links = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("href=\"([^\"]+)\"").matcher(index);
        while (m.find()) {
            links.add(m.group(1));
        }
        assertThat(links).as("index.html links").isNotEmpty();
        for (String link : links) {
            assertThat(report.resolve(link)).as("index.html links to " + link).exists();
        }
        String overviews = String.join("\n", links.stream().filter(l -> l.startsWith("index-shard-")).map(l -> read(report.resolve(l))).toList());
        for (String student : graded.keySet()) {
            assertThat(overviews).as("a class overview links to " + student + "'s report").contains("href=\"" + student + "/report.html\"");
        }
    }

    @Test
    @DisplayName("reads the same roster from a file as from the Classroom assignment")
    void rosterFile(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("roster.txt");
        List<String> lines = new ArrayList<>(List.of("# the class", ""));
        graded.keySet().forEach(s -> lines.add("  " + ORG + "/" + s + "  # a student"));
        lines.add(ORG + "/" + GONE + "\r");
        lines.add(ORG + "/" + LATE);
        lines.add(ORG + "/" + LATE); // twice: listed once
        Files.write(file, lines);
        LocalActions fromFile = new LocalActions(WORKFLOW, KIT, Files.createDirectories(tmp.resolve("runner")))
                .input("deadline", DEADLINE).input("roster", file.toString()).input("shards", String.valueOf(SHARDS))
                .env("GITHUB_SERVER_URL", "file://" + root.resolve("remotes")).env("PATH", "/usr/bin:/bin"); // no gh: not needed
        LocalActions.JobRun run = fromFile.run("collect");
        assertThat(run.runnerTemp().resolve("class/roster.txt")).as("the roster read from the file")
                .hasSameTextualContentAs(collect.runnerTemp().resolve("class/roster.txt"));
        assertThat(fromFile.artifact("checkouts").resolve("checkouts.csv")).as("the same checkouts")
                .hasSameTextualContentAs(actions.artifact("checkouts").resolve("checkouts.csv"));
    }

    @Test
    @DisplayName("stops the collect job with a one-line error for a bad roster line, deadline or shard count")
    void badInput(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("roster.txt");
        Files.writeString(file, ORG + "/ok\nnot a repository\n");
        assertRejected(tmp.resolve("a"), Map.of("roster", file.toString(), "deadline", DEADLINE), "'not a repository' in the roster");
        Files.writeString(file, ORG + "/" + GONE + "\n");
        assertRejected(tmp.resolve("b"), Map.of("roster", file.toString(), "deadline", "next friday"), "deadline must be an ISO-8601");
        assertRejected(tmp.resolve("c"), Map.of("roster", file.toString(), "deadline", "2026-06-01T12:00:00"), "with its offset");
        assertRejected(tmp.resolve("d"), Map.of("roster", file.toString(), "deadline", DEADLINE, "shards", "0"), "shards must be a whole number");
        assertRejected(tmp.resolve("e"), Map.of("roster", tmp.resolve("nope.txt").toString(), "deadline", DEADLINE), "no roster file");
        assertRejected(tmp.resolve("f"), Map.of("assignment-id", "12; rm -rf /", "deadline", DEADLINE), "assignment-id must be");
    }

    private static void assertRejected(Path scratch, Map<String, String> inputs, String mentions) throws IOException {
        LocalActions run = new LocalActions(WORKFLOW, KIT, Files.createDirectories(scratch))
                .env("GITHUB_SERVER_URL", "file://" + root.resolve("remotes"));
        inputs.forEach(run::input);
        assertThatThrownBy(() -> run.run("collect")).as("inputs %s", inputs).isInstanceOfSatisfying(LocalActions.StepFailed.class, f -> {
            assertThat(f.exitCode).as("exit status for bad input").isEqualTo(2);
            assertThat(f.output.strip().lines()).as("a one-line error: %s", f.output).hasSize(1);
            assertThat(f.output).as("the error names what is wrong").startsWith("error: ").contains(mentions);
        });
    }

    /** The Classroom API's answer (two pages, as gh api --paginate prints them), with the fields it documents. */
    private static String accepted() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> repos = new ArrayList<>(graded.keySet());
        repos.add(LATE);
        repos.add(GONE);
        StringBuilder pages = new StringBuilder();
        int id = 1000;
        for (int page = 0; page < 2; page++) {
            ArrayNode items = json.createArrayNode();
            for (String repo : page == 0 ? repos.subList(0, 4) : repos.subList(4, repos.size())) {
                ObjectNode item = items.addObject();
                item.put("id", ++id).put("submitted", true).put("passing", false).put("commit_count", 2).put("grade", "");
                item.putArray("students").addObject().put("id", id + 5000).put("login", repo.substring("pymem-".length()))
                        .put("avatar_url", "https://avatars.example/" + id).put("html_url", "https://example/" + repo);
                item.putObject("repository").put("id", id + 9000).put("full_name", ORG + "/" + repo)
                        .put("html_url", "https://example/" + ORG + "/" + repo).put("node_id", "R_" + id).put("private", true)
                        .put("default_branch", "main");
                item.putObject("assignment").put("id", Integer.parseInt(ASSIGNMENT)).put("slug", "pymem").put("title", "pymem-kit");
            }
            pages.append(json.writeValueAsString(items)).append('\n');
        }
        return pages.toString();
    }

    /** A stand-in `gh` on PATH: answers the one query the roster step makes, from the fixture, and only with a token. */
    private static Path standInGh(String answer) throws IOException {
        Path bin = Files.createDirectories(root.resolve("bin"));
        Path fixture = root.resolve("accepted-assignments.json");
        Files.writeString(fixture, answer);
        Path gh = bin.resolve("gh");
        Files.writeString(gh, "#!/bin/sh\n"
                + "[ -n \"$GH_TOKEN\" ] || { echo 'gh: no GH_TOKEN' >&2; exit 4; }\n"
                + "if [ \"$*\" = 'api --paginate /assignments/" + ASSIGNMENT + "/accepted_assignments?per_page=100' ]; then cat '" + fixture + "'; exit 0; fi\n"
                + "echo \"gh stand-in: no answer for: $*\" >&2; exit 1\n");
        gh.toFile().setExecutable(true);
        return bin;
    }

    private static String commit(Path work, String date, String message) throws IOException, InterruptedException {
        git(work, date, "add", "-A");
        git(work, date, "-c", "user.name=Student", "-c", "user.email=student@example.org", "commit", "-q", "-m", message);
        return git(work, null, "rev-parse", "HEAD").strip();
    }

    private static String git(Path dir, String date, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Files.createDirectories(dir);
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        if (date != null) {
            pb.environment().put("GIT_AUTHOR_DATE", date);
            pb.environment().put("GIT_COMMITTER_DATE", date);
        }
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).as("git %s finishes", command).isTrue();
        assertThat(p.exitValue()).as("git %s: %s", command, out).isZero();
        return out;
    }

    /** A CSV's lines by the value of one column, each line by header name (never by position). */
    static Map<String, Map<String, String>> csvByName(Path file, String key) throws IOException {
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        try (var it = new CsvMapper().readerForMapOf(String.class).with(CsvSchema.emptySchema().withHeader()).<Map<String, String>>readValues(file.toFile())) {
            while (it.hasNext()) {
                Map<String, String> row = it.next();
                rows.put(row.get(key), row);
            }
        }
        return rows;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The row with its "similar to" reduced to the set of (student, exercise) pairs: JPlag's percentage of one pair
     * can differ by a point between two runs that parse the class in another order, which is no difference here.
     */
    private static Gradebook.Row pairsOnly(Gradebook.Row row) {
        String pairs = java.util.Arrays.stream(row.similarTo().split("; ")).map(p -> p.replaceAll(": \\d+%\\)", ")"))
                .filter(p -> !p.isBlank()).sorted().collect(Collectors.joining("; "));
        return row.withSimilarTo(pairs);
    }
}
