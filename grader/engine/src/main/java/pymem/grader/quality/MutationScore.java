package pymem.grader.quality;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * One exercise's PIT result, read from the mutations.xml that {@code mvn -Pmutation verify} writes under
 * solutions/NN-topic/target/pit-reports: how many mutants of the reference solution the hidden tests killed.
 *
 * @param mutants all mutants PIT made
 * @param killed  mutants some hidden test detected (status KILLED or TIMED_OUT, as PIT counts them)
 */
public record MutationScore(int mutants, int killed) {
    /** The quality bar: at least this share of mutants killed. */
    public static final double GATE_PERCENT = 90.0;

    public double percent() {
        return mutants == 0 ? 0 : 100.0 * killed / mutants;
    }

    public boolean meetsGate() {
        return mutants > 0 && percent() >= GATE_PERCENT;
    }

    public static Optional<MutationScore> read(Path pitReports) {
        Path xml = pitReports.resolve("mutations.xml");
        if (!Files.isRegularFile(xml)) {
            return Optional.empty();
        }
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            NodeList mutations = factory.newDocumentBuilder().parse(xml.toFile()).getElementsByTagName("mutation");
            int killed = 0;
            for (int i = 0; i < mutations.getLength(); i++) {
                String status = ((Element) mutations.item(i)).getAttribute("status");
                if (status.equals("KILLED") || status.equals("TIMED_OUT") || status.equals("MEMORY_ERROR")) {
                    killed++;
                }
            }
            return Optional.of(new MutationScore(mutations.getLength(), killed));
        } catch (Exception e) {
            return Optional.empty();
        }
    }
}
