package pymem.grader.compile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.util.Optional;

/**
 * The line protocol between the grader and its compile server: each request and each reply is one line of
 * JSON; the line {@value #QUIT} (or the end of input) ends the server. Both sides go through this class.
 */
final class CompileProtocol {
    static final String QUIT = "quit";
    private static final ObjectMapper JSON = new ObjectMapper();

    private CompileProtocol() {
    }

    static void writeRequest(Writer out, CompileRequest request) throws IOException {
        writeLine(out, JSON.writeValueAsString(request));
    }

    static void writeQuit(Writer out) throws IOException {
        writeLine(out, QUIT);
    }

    /** The request on this line, or empty when the line asks the server to quit. */
    static Optional<CompileRequest> readRequest(String line) throws IOException {
        return line.equals(QUIT) ? Optional.empty() : Optional.of(JSON.readValue(line, CompileRequest.class));
    }

    static void writeReply(Writer out, CompileReply reply) throws IOException {
        writeLine(out, JSON.writeValueAsString(reply));
    }

    /** The reply on this line, or empty for a line that is not one (the JVM itself may print to stdout). */
    static Optional<CompileReply> readReply(String line) {
        if (!line.startsWith("{")) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(line, CompileReply.class));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    private static void writeLine(Writer out, String json) throws IOException {
        // Jackson escapes line breaks inside strings, so a message is always exactly one line
        out.write(json);
        out.write('\n');
        out.flush();
    }
}
