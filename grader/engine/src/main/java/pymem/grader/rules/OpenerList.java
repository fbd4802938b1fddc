package pymem.grader.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The committed list of JDK members that open files, sockets or processes by name ({@code jdk-openers.txt}
 * next to this class): one {@link MemberKey} a line, after a header saying how the list was made and on which
 * JDKs. Grading reads it instead of importing the JDK, which would take seconds per submission; {@link
 * JdkOpeners} writes it, keeping the union of what each JDK gave.
 *
 * @param derivations what each JDK gave, by feature version: e.g. 17 to {@code 17.0.13+11: 120 members}
 * @param members     the union, sorted
 */
record OpenerList(SortedMap<Integer, String> derivations, SortedSet<String> members) {
    static final String RESOURCE = "jdk-openers.txt";
    private static final String DERIVED_ON = "# derived on JDK ";
    private static final String FEATURE_SEPARATOR = ": ";

    OpenerList {
        derivations = Collections.unmodifiableSortedMap(new TreeMap<>(derivations));
        members = Collections.unmodifiableSortedSet(new TreeSet<>(members));
    }

    static OpenerList empty() {
        return new OpenerList(new TreeMap<>(), new TreeSet<>());
    }

    /** The list shipped with the grader. */
    static OpenerList committed() {
        try (InputStream in = OpenerList.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the grader is missing its resource " + RESOURCE);
            }
            return read(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static OpenerList read(Path file) throws IOException {
        return Files.exists(file) ? read(Files.readAllLines(file, StandardCharsets.UTF_8)) : empty();
    }

    boolean contains(MemberKey member) {
        return members.contains(member.toString());
    }

    /** This list with what {@code jdk} (a feature version, e.g. 17) gave added; an earlier run on it is replaced. */
    OpenerList plus(int jdk, String runtimeVersion, Set<String> derived) {
        SortedMap<Integer, String> byJdk = new TreeMap<>(derivations);
        byJdk.put(jdk, runtimeVersion + FEATURE_SEPARATOR + derived.size() + " members");
        SortedSet<String> union = new TreeSet<>(members);
        union.addAll(derived);
        return new OpenerList(byJdk, union);
    }

    void write(Path file, List<String> header) throws IOException {
        List<String> lines = new ArrayList<>();
        header.forEach(h -> lines.add("# " + h));
        derivations.forEach((jdk, result) -> lines.add(DERIVED_ON + jdk + " (" + result + ")"));
        lines.addAll(members);
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    private static OpenerList read(List<String> lines) {
        SortedMap<Integer, String> derivations = new TreeMap<>();
        SortedSet<String> members = new TreeSet<>();
        for (String line : lines) {
            String text = line.strip();
            if (text.startsWith(DERIVED_ON)) {
                String rest = text.substring(DERIVED_ON.length());
                int open = rest.indexOf(" (");
                if (open > 0 && rest.endsWith(")")) {
                    derivations.put(Integer.parseInt(rest.substring(0, open)), rest.substring(open + 2, rest.length() - 1));
                }
            } else if (!text.isEmpty() && !text.startsWith("#")) {
                members.add(text);
            }
        }
        return new OpenerList(derivations, members);
    }
}
