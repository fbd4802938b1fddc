package pymem.grader.compile;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The compile server: a JVM of its own that runs javac for the grader, one {@link CompileRequest} per line of
 * stdin, one {@link CompileReply} per line of stdout, until "quit" or the end of stdin. javac never runs the
 * code it compiles (no annotation processors, no plugins), so one server serves many submissions; what
 * javac itself may do (run for hours, fill the heap) is bounded by the grader, which kills this JVM.
 *
 * <p>It returns from {@code main} to end, rather than calling {@code System.exit}, so that a class data
 * sharing archive requested at start-up is written.
 */
public final class CompileServerMain {
    private CompileServerMain() {
    }

    public static void main(String[] args) throws IOException {
        // stdout is the protocol's channel: whatever else prints (javac should not) goes to stderr instead
        PrintStream channel = System.out;
        System.setOut(System.err);
        Writer replies = new OutputStreamWriter(channel, StandardCharsets.UTF_8);
        BufferedReader requests = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        JavacRunner javac = new JavacRunner();
        for (String line = requests.readLine(); line != null; line = requests.readLine()) {
            Optional<CompileRequest> request = CompileProtocol.readRequest(line);
            if (request.isEmpty()) {
                break;
            }
            CompileProtocol.writeReply(replies, answer(javac, request.get()));
        }
    }

    private static CompileReply answer(JavacRunner javac, CompileRequest request) {
        try {
            return javac.compile(request);
        } catch (IOException | RuntimeException e) {
            return new CompileReply(CompileStatus.COMPILE_ERROR, "could not compile: " + e);
        }
    }
}
