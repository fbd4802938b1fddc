package pymem.grader.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import pymem.grader.files.AtomicFiles;

/**
 * Class data sharing for the test JVMs: most of a test JVM's start-up is loading the JUnit Platform and
 * AssertJ from the runner jar, the same classes every time. While there is no archive for this JDK and this
 * runner jar, every test JVM records which classes it loads; after the grade, the grader dumps all of them
 * into the archive, and every later test JVM maps it instead of loading those classes again.
 *
 * <p>Only classes of the runner jar (the kit's own) and of the JDK go into the archive: the archive's class
 * path is the runner jar alone, which every test JVM's class path starts with. A missing or stale archive
 * costs nothing but speed ({@code -Xshare:auto}).
 */
public final class TestJvmArchive {
    private static final String LIST = "loaded-classes.lst";
    private final Path runnerJar;
    private final Path archive;
    /** The classes the test JVMs of this grader loaded, while there is no archive yet: every exercise's. */
    private final java.util.Set<String> recorded = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /**
     * The lambda proxies and lambda-form invokers they created: JUnit builds some 600 lambdas while it starts,
     * and archiving them takes about a tenth off a test JVM's start-up (measured on exercise 02's tests: 0.30 s
     * of CPU against 0.34 s). They go after every class in the list, whose classes they name.
     */
    private final java.util.Set<String> recordedLambdas = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private TestJvmArchive(Path runnerJar, Path archive) {
        this.runnerJar = runnerJar;
        this.archive = archive;
    }

    /** The archive for test JVMs whose class path starts with {@code runnerJar}, kept beside it. */
    public static TestJvmArchive beside(Path runnerJar) {
        String key = System.getProperty("java.home") + "|" + runnerJar.toAbsolutePath() + "|" + size(runnerJar) + "|" + modified(runnerJar);
        String name = String.format(Locale.ROOT, "test-jvm-%08x.jsa", key.hashCode());
        return new TestJvmArchive(runnerJar, runnerJar.toAbsolutePath().getParent().resolve(name));
    }

    /** No archive at all: runners that are not a jar (a class folder cannot be archived). */
    public static TestJvmArchive none() {
        return new TestJvmArchive(null, null);
    }

    /** The JVM options for a test JVM whose working directory is {@code runDir}. */
    List<String> options(Path runDir) {
        if (archive == null) {
            return List.of();
        }
        if (Files.isRegularFile(archive)) {
            return List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
        }
        return List.of("-XX:DumpLoadedClassList=" + runDir.resolve(LIST));
    }

    /** After a test JVM ended: keeps the classes it recorded (each exercise loads a few of its own). */
    void collect(Path runDir) {
        Path list = runDir.resolve(LIST);
        if (archive == null || !Files.isRegularFile(list) || Files.isRegularFile(archive)) {
            return;
        }
        try {
            // one class name per line; comments and the JVM's own annotations (id, super...) are dropped
            for (String line : Files.readAllLines(list)) {
                if (line.startsWith("@lambda-proxy ") || line.startsWith("@lambda-form-invoker ")) {
                    if (line.length() < 2000) {
                        recordedLambdas.add(line);
                    }
                    continue;
                }
                int space = line.indexOf(' ');
                String name = space < 0 ? line : line.substring(0, space);
                if (!name.isEmpty() && !name.startsWith("#") && !name.startsWith("@") && name.length() < 300) {
                    recorded.add(name);
                }
            }
        } catch (IOException e) {
            // a list that cannot be read adds nothing
        }
    }

    /**
     * After a grade: when the test JVMs recorded their classes, dump the archive from all of them (once; a
     * failure just leaves the test JVMs without one).
     */
    public synchronized void dumpIfRecorded() {
        if (archive == null || recorded.isEmpty() || Files.isRegularFile(archive)) {
            return;
        }
        Path temp = null;
        Path list = null;
        try {
            list = Files.createTempFile("pymem-test-jvm-", ".lst");
            List<String> lines = new java.util.ArrayList<>(new java.util.TreeSet<>(recorded));
            lines.addAll(new java.util.TreeSet<>(recordedLambdas));
            Files.write(list, lines);
            temp = Files.createTempFile(archive.getParent(), ".test-jvm-", ".jsa");
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process dump = new ProcessBuilder(java, "-Xshare:dump", "-XX:SharedClassListFile=" + list,
                    "-XX:SharedArchiveFile=" + temp, "-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-cp", runnerJar.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (dump.waitFor(60, TimeUnit.SECONDS) && dump.exitValue() == 0) {
                temp.toFile().setReadable(true, false); // the test JVM may run as an unprivileged user
                AtomicFiles.publish(temp, archive);
            } else {
                dump.destroyForcibly();
            }
        } catch (IOException e) {
            // no archive: the test JVMs start a little slower, nothing else
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            recorded.clear();
            recordedLambdas.clear();
            if (temp != null) {
                temp.toFile().delete();
            }
            if (list != null) {
                list.toFile().delete();
            }
        }
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return -1;
        }
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return -1;
        }
    }
}
