package pymem.grader.rules;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The JDK members through which code opens a file, a socket or a process, or loads native code. A JDK member
 * that calls one of them, directly or through its own class's helpers, opens by name too: {@link JdkOpeners}
 * looks for such calls. Matched by the owner's name and the member's name only, because that is all a call in
 * a class file says.
 */
enum Sink {
    FILES(Set.of("java.io.File", "java.io.FileInputStream", "java.io.FileOutputStream", "java.io.RandomAccessFile",
            "java.io.FileReader", "java.io.FileWriter"), Set.of(), Set.of()),
    FILE_SYSTEMS(Set.of(), Set.of("java.nio.file"), Set.of()),
    CHANNELS(Set.of("java.nio.channels.FileChannel", "java.nio.channels.SocketChannel"), Set.of(), Set.of()),
    SOCKETS(Set.of("java.net.Socket", "java.net.ServerSocket", "java.net.DatagramSocket"), Set.of(), Set.of()),
    URL_CONNECTIONS(Set.of("java.net.URL"), Set.of(), Set.of("openConnection", "openStream")),
    PROCESSES(Set.of("java.lang.ProcessBuilder"), Set.of(), Set.of()),
    PROCESSES_BY_COMMAND(Set.of("java.lang.Runtime"), Set.of(), Set.of("exec")),
    NATIVE_CODE(Set.of("java.lang.System", "java.lang.Runtime"), Set.of(), Set.of("load", "loadLibrary"));

    /** Classes whose every member is a sink (nested classes included), unless {@link #members} narrows it. */
    private final Set<String> owners;
    /** Packages (and their sub-packages) whose every class is a sink. */
    private final Set<String> packages;
    /** When not empty, only these members of {@link #owners} are sinks. */
    private final Set<String> members;

    Sink(Set<String> owners, Set<String> packages, Set<String> members) {
        this.owners = owners;
        this.packages = packages;
        this.members = members;
    }

    /** Whether calling {@code member} on {@code owner} (a binary class name) is this sink. */
    boolean isCalledBy(String owner, String member) {
        return (ownerMatches(owner) || packageMatches(owner)) && (members.isEmpty() || members.contains(member));
    }

    /** The sink that calling {@code member} on {@code owner} is, if any. */
    static Optional<Sink> of(String owner, String member) {
        for (Sink sink : values()) {
            if (sink.isCalledBy(owner, member)) {
                return Optional.of(sink);
            }
        }
        return Optional.empty();
    }

    /** How the list's header names this sink, e.g. {@code java.net.URL#openConnection/openStream}. */
    String describe() {
        String where = String.join(", ", new TreeSet<>(owners));
        if (!packages.isEmpty()) {
            where = String.join(", ", new TreeSet<>(packages)) + ".*";
        }
        return members.isEmpty() ? where : where + " #" + String.join("/", new TreeSet<>(members));
    }

    private boolean ownerMatches(String owner) {
        for (String o : owners) {
            if (owner.equals(o) || owner.startsWith(o + "$")) {
                return true;
            }
        }
        return false;
    }

    private boolean packageMatches(String owner) {
        for (String p : packages) {
            if (owner.startsWith(p + ".")) {
                return true;
            }
        }
        return false;
    }
}
