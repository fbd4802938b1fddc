package pymem.namespaces;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import pymem.differential.Answers;
import pymem.differential.Replayer;
import pymem.differential.Scenario;
import pymem.model.PyException;
import pymem.model.snippet.Block;
import pymem.model.snippet.Interpreter;
import pymem.model.snippet.Transcript;

/**
 * Replays a generated program (generate.py) on the reference's symbol table, name resolution and closures:
 * the classification of every function and class block, as {@code symtable} lists it, then the run's
 * printed lines and the exception that ended it.
 */
final class NamespacesReplayer implements Replayer {
    private static final Pattern ADDRESS = Pattern.compile("0x[0-9a-f]+");

    @Override
    public JsonNode replay(Scenario scenario) {
        String source = scenario.python();
        ObjectNode answer = Answers.object();
        try {
            Block top = interpreter().analyze(source);
            answer.put("scopes", top.children().stream().map(Block::describeTree).collect(Collectors.joining("; ")));
        } catch (PyException e) {
            answer.putNull("scopes"); // symtable rejects it too (a SyntaxError); the run below says which
        }
        Transcript t = interpreter().run(source);
        ArrayNode output = Answers.array();
        t.output().lines().forEach(line -> output.add(ADDRESS.matcher(line).replaceAll("0x...")));
        answer.set("output", output);
        answer.put("error", t.error() == null ? null : t.error().toString());
        return Answers.value(answer);
    }

    private static Interpreter interpreter() {
        return new Interpreter(new SymbolTableBuilder(), new NameResolver(), new Closures());
    }
}
