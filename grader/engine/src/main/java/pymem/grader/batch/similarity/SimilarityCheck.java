package pymem.grader.batch.similarity;

import de.jplag.JPlag;
import de.jplag.JPlagComparison;
import de.jplag.JPlagResult;
import de.jplag.Match;
import de.jplag.Submission;
import de.jplag.Token;
import de.jplag.clustering.ClusteringOptions;
import de.jplag.exceptions.ExitException;
import de.jplag.options.JPlagOptions;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import pymem.grader.kit.Exercise;
import pymem.grader.kit.ExerciseCatalog;
import pymem.grader.kit.Kit;

/**
 * Runs JPlag (its Java API, Java front end) over a class, one exercise at a time: every student's copied
 * snapshot of that exercise against every other's, with the exercise's untouched stub as base code, so the code
 * every student received (the class skeletons, the Javadoc, the signatures) never makes two students similar.
 * JPlag writes nothing here (no result zip, no log: the grader binds SLF4J to its no-op logger), and each
 * exercise runs under a time bound.
 */
public final class SimilarityCheck {
    /**
     * JPlag's average similarity from which a pair is listed. A copy, renamed or reordered or recommented, stays
     * close to 1 (JPlag compares token streams, not names, order of methods or comments); independently written
     * code of one exercise stays well below 0.5 on the kit's generated class ({@code SimilarityCheckTest}). 0.8
     * leaves room for a copy with a few methods rewritten while keeping honest work off the list.
     */
    public static final double DEFAULT_THRESHOLD = 0.8;
    /**
     * A pair must also share this many tokens beyond the stub: two students who each wrote only the same
     * one-line method are 100% similar on a handful of tokens, which says nothing.
     */
    public static final int MIN_MATCHED_TOKENS = 40;
    /** Per exercise: JPlag compares n(n-1)/2 pairs; 300 students' exercise takes seconds, so this is a guard. */
    public static final Duration DEFAULT_BUDGET = Duration.ofMinutes(3);

    private final Kit kit;
    private final double threshold;
    private final Duration budget;

    public SimilarityCheck(Kit kit, double threshold, Duration budget) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("similarity threshold must be in (0, 1], not " + threshold);
        }
        this.kit = kit;
        this.threshold = threshold;
        this.budget = budget;
    }

    /** Compares every student of {@code parts} (one batch, or the shards of one) with every other, per exercise. */
    public SimilarityReport run(List<ClassSources> parts, SimilarityReport.Scope scope) throws InterruptedException {
        long start = System.nanoTime();
        List<ExerciseOutcome> outcomes = new ArrayList<>();
        List<SimilarPair> pairs = new ArrayList<>();
        for (Exercise e : ExerciseCatalog.all()) {
            long began = System.nanoTime();
            int submissions = parts.stream().mapToInt(p -> p.count(e)).sum();
            if (submissions < 2) {
                outcomes.add(new ExerciseOutcome(e.folder(), ExerciseOutcome.Status.TOO_FEW, submissions,
                        submissions + (submissions == 1 ? " submission" : " submissions") + " with code: nothing to compare", 0));
                continue;
            }
            List<SimilarPair> found = new ArrayList<>();
            ExerciseOutcome.Status status = ExerciseOutcome.Status.COMPARED;
            String detail = "";
            try {
                Compared compared = compare(e, parts);
                found = compared.pairs();
                if (!compared.unparsed().isEmpty()) {
                    // JPlag leaves out what it cannot parse: say who, so that a copy with a syntax error is not missed silently
                    detail = "left out, JPlag could not parse their code: " + String.join(", ", compared.unparsed());
                }
            } catch (TimeoutException ex) {
                status = ExerciseOutcome.Status.TIMED_OUT;
                detail = "JPlag did not finish within " + budget.toSeconds() + " s";
            } catch (ExecutionException ex) {
                status = ExerciseOutcome.Status.FAILED;
                Throwable cause = ex.getCause() == null ? ex : ex.getCause();
                detail = "JPlag failed: " + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage().strip().lines().findFirst().orElse(""));
            }
            pairs.addAll(found);
            outcomes.add(new ExerciseOutcome(e.folder(), status, submissions, detail, (System.nanoTime() - began) / 1e9));
        }
        pairs.sort(Comparator.comparingDouble((SimilarPair p) -> -p.similarity()).thenComparing(SimilarPair::exercise)
                .thenComparing(SimilarPair::studentA).thenComparing(SimilarPair::studentB));
        return new SimilarityReport(threshold, scope, outcomes, pairs, (System.nanoTime() - start) / 1e9);
    }

    /** One exercise's pairs, and the students whose code JPlag could not parse (so compared with nobody). */
    private record Compared(List<SimilarPair> pairs, List<String> unparsed) {
    }

    private Compared compare(Exercise e, List<ClassSources> parts)
            throws TimeoutException, ExecutionException, InterruptedException {
        Set<File> roots = new LinkedHashSet<>();
        parts.stream().map(p -> p.exerciseRoot(e)).filter(Files::isDirectory).forEach(p -> roots.add(p.toFile()));
        // no clustering: the check lists pairs, and JPlag's clustering fails outright on a class with no pair above
        // the threshold (commons-math: "0 is smaller than, or equal to, the minimum (0)")
        JPlagOptions options = new JPlagOptions(new de.jplag.java.Language(), roots, Set.of())
                .withSimilarityThreshold(threshold)
                .withClusteringOptions(new ClusteringOptions().withEnabled(false));
        Path stub = kit.stubSources(e);
        if (Files.isDirectory(stub)) {
            options = options.withBaseCodeSubmissionDirectory(stub.toFile());
        }
        JPlagOptions chosen = options;
        // a thread of its own, so that the bound holds whatever JPlag does; a daemon, so one that ignores the
        // interruption cannot keep the grader alive
        ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "pymem-similarity-" + e.folder());
            t.setDaemon(true);
            return t;
        });
        try {
            Future<JPlagResult> result = thread.submit(() -> {
                try {
                    return new JPlag(chosen).run();
                } catch (ExitException ex) {
                    throw new IllegalStateException(ex.getMessage(), ex);
                }
            });
            try {
                JPlagResult done = result.get(budget.toMillis(), TimeUnit.MILLISECONDS);
                List<String> unparsed = done.getSubmissions().getInvalidSubmissions().stream().map(s -> student(parts, s)).sorted().toList();
                return new Compared(pairs(e, parts, done), unparsed);
            } catch (TimeoutException ex) {
                result.cancel(true);
                throw ex;
            }
        } finally {
            thread.shutdownNow();
        }
    }

    private List<SimilarPair> pairs(Exercise e, List<ClassSources> parts, JPlagResult result) {
        List<SimilarPair> out = new ArrayList<>();
        for (JPlagComparison c : result.getAllComparisons()) {
            if (c.similarity() < threshold || c.getNumberOfMatchedTokens() < MIN_MATCHED_TOKENS) {
                continue;
            }
            Submission first = c.firstSubmission();
            Submission second = c.secondSubmission();
            List<Match> matches = new ArrayList<>(c.matches());
            matches.sort(Comparator.comparingInt((Match m) -> -m.length()).thenComparingInt(Match::startOfFirst));
            List<MatchedRegion> regions = new ArrayList<>();
            for (Match m : matches) {
                regions.add(new MatchedRegion(regions.size() + 1, m.length(),
                        span(first, m.startOfFirst(), m.endOfFirst()), span(second, m.startOfSecond(), m.endOfSecond())));
            }
            String a = student(parts, first);
            String b = student(parts, second);
            SimilarPair pair = new SimilarPair(e.folder(), a, b, c.similarity(), c.getNumberOfMatchedTokens(), regions,
                    first.getRoot().toPath(), second.getRoot().toPath());
            if (a.compareTo(b) > 0) {
                pair = new SimilarPair(e.folder(), b, a, c.similarity(), c.getNumberOfMatchedTokens(),
                        regions.stream().map(MatchedRegion::swapped).toList(), pair.codeB(), pair.codeA());
            }
            out.add(pair);
        }
        return out;
    }

    /** The lines tokens {@code from..to} cover, in the file of the first (a match never crosses a file's end). */
    private static Span span(Submission s, int from, int to) {
        List<Token> tokens = s.getTokenList();
        Token first = tokens.get(from);
        int low = first.getLine();
        int high = low;
        for (int i = from; i <= to && i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.getFile().equals(first.getFile()) && t.getLine() > 0) {
                low = Math.min(low, t.getLine());
                high = Math.max(high, t.getLine());
            }
        }
        Path relative = s.getRoot().toPath().relativize(first.getFile().toPath());
        return new Span(relative.toString().replace(File.separatorChar, '/'), low, high);
    }

    private static String student(List<ClassSources> parts, Submission s) {
        String folder = s.getRoot().getName();
        for (ClassSources p : parts) {
            if (p.holds(s.getRoot().toPath())) {
                return p.student(folder);
            }
        }
        return folder;
    }

    /** For the console: {@code 04-refcount 30 submissions 1.2 s}. */
    public static String describe(ExerciseOutcome o) {
        return String.format(Locale.ROOT, "%s: %d submissions, %s%s (%.1f s)", o.exercise(), o.submissions(),
                o.status().name().toLowerCase(Locale.ROOT).replace('_', ' '), o.detail().isEmpty() ? "" : ": " + o.detail(), o.seconds());
    }
}
