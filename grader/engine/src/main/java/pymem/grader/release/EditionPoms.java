package pymem.grader.release;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import pymem.grader.kit.Exercise;
import pymem.grader.kit.ExerciseCatalog;

/**
 * The student edition's two rewritten poms, derived from the kit's so that versions and plugins never drift:
 *
 * <ol>
 *   <li>the root pom keeps the pinned versions and plugin setup, lists only the modules the edition has
 *       (model, testkit, the nine exercises, the engine), runs the exercises' tests, and drops what only the
 *       instructor's build needs (the extra test sources, mutation testing);</li>
 *   <li>the engine pom loses its build-order dependency on the instructor's test jar and the mutation profile.</li>
 * </ol>
 *
 * Comments are dropped: the kit's are written for the instructor. The edition's root pom gets its own.
 */
final class EditionPoms {
    /** Root-pom properties that only the instructor's build reads. */
    private static final List<String> INSTRUCTOR_PROPERTIES =
            List.of("pymem.kit.root", "pymem.pit.skip", "pitest.version", "pitest.junit5.version");
    /** Managed plugins that only the instructor's build uses (extra test sources, mutation testing). */
    private static final List<String> INSTRUCTOR_PLUGINS = List.of("build-helper-maven-plugin", "pitest-maven");

    private EditionPoms() {
    }

    static String root(Path kitPom) throws IOException {
        Document pom = parse(kitPom);
        Element project = pom.getDocumentElement();
        removeComments(project);
        removeAll(project, "profiles");

        Element modules = child(project, "modules");
        removeChildren(modules);
        List<String> names = new ArrayList<>(List.of("exercises/model", "grader/testkit"));
        for (Exercise e : ExerciseCatalog.all()) {
            names.add("exercises/" + e.folder());
        }
        names.add("grader/engine");
        for (String name : names) {
            append(modules, "module", name);
        }
        project.insertBefore(pom.createComment(" Student edition: the model, the nine exercises in lesson order, the grader. "), modules);
        project.insertBefore(pom.createTextNode("\n  "), modules);

        Element properties = child(project, "properties");
        for (String name : INSTRUCTOR_PROPERTIES) {
            removeAll(properties, name);
        }
        // The exercises' poms skip their tests when this is true. Here it follows -DskipTests, which those poms'
        // explicit <skipTests> would otherwise override: `mvn test` runs the tests, `-DskipTests` skips them.
        child(properties, "pymem.stubTests.skip").setTextContent("${skipTests}");
        append(properties, "skipTests", "false");
        append(properties, pom.createComment(" `mvn test` runs every exercise's tests and reports each red or green instead of stopping at the "
                + "first red exercise (red is where every exercise starts); -Dmaven.test.failure.ignore=false makes a "
                + "failing test fail the build. "));
        append(properties, "maven.test.failure.ignore", "true");

        Element plugins = child(child(child(project, "build"), "pluginManagement"), "plugins");
        for (Element plugin : children(plugins, "plugin")) {
            if (INSTRUCTOR_PLUGINS.contains(text(plugin, "artifactId"))) {
                removeWithIndent(plugin);
            }
        }
        return write(pom);
    }

    static String engine(Path kitEnginePom) throws IOException {
        Document pom = parse(kitEnginePom);
        Element project = pom.getDocumentElement();
        removeComments(project);
        removeAll(project, "profiles");
        for (Element dependency : children(child(project, "dependencies"), "dependency")) {
            if (text(dependency, "artifactId").equals("pymem-hidden-tests")) {
                removeWithIndent(dependency);
            }
        }
        for (Node n : descendants(project, "classpathDependencyExclude")) {
            if (n.getTextContent().contains("pymem-hidden-tests")) {
                removeWithIndent(n);
            }
        }
        return write(pom);
    }

    private static Document parse(Path file) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(file.toFile());
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new IOException("cannot read " + file + " as a pom: " + e.getMessage(), e);
        }
    }

    private static String write(Document pom) throws IOException {
        try {
            pom.setXmlStandalone(true);
            var transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(pom), new StreamResult(out));
            // the serializer puts the root element on the declaration's line
            return out.toString().replaceFirst("\\?><project", "?>\n<project") + "\n";
        } catch (javax.xml.transform.TransformerException e) {
            throw new IOException("cannot write a pom: " + e.getMessage(), e);
        }
    }

    private static Element child(Element parent, String name) throws IOException {
        for (Element e : children(parent, name)) {
            return e;
        }
        throw new IOException("the kit's pom has no <" + name + "> under <" + parent.getTagName() + ">");
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                out.add(e);
            }
        }
        return out;
    }

    private static List<Node> descendants(Element root, String name) {
        var list = root.getElementsByTagName(name);
        List<Node> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            out.add(list.item(i));
        }
        return out;
    }

    private static String text(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? "" : found.get(0).getTextContent().strip();
    }

    private static void removeAll(Element parent, String name) {
        children(parent, name).forEach(EditionPoms::removeWithIndent);
    }

    private static void removeChildren(Element parent) {
        while (parent.getFirstChild() != null) {
            parent.removeChild(parent.getFirstChild());
        }
    }

    /** Appends {@code <name>text</name>} on its own line, indented like its parent's other children. */
    private static void append(Element parent, String name, String text) {
        Element e = parent.getOwnerDocument().createElement(name);
        e.setTextContent(text);
        append(parent, e);
    }

    private static void append(Element parent, Node e) {
        String indent = "\n" + "  ".repeat(depth(parent) + 1);
        Node last = parent.getLastChild();
        if (last != null && last.getNodeType() == Node.TEXT_NODE && last.getTextContent().isBlank()) {
            parent.insertBefore(parent.getOwnerDocument().createTextNode(indent), last);
            parent.insertBefore(e, last);
        } else {
            parent.appendChild(parent.getOwnerDocument().createTextNode(indent));
            parent.appendChild(e);
            parent.appendChild(parent.getOwnerDocument().createTextNode("\n" + "  ".repeat(depth(parent))));
        }
    }

    private static int depth(Node n) {
        int depth = 0;
        for (Node p = n.getParentNode(); p != null && p.getNodeType() == Node.ELEMENT_NODE; p = p.getParentNode()) {
            depth++;
        }
        return depth;
    }

    /** Removes a node and the whitespace before it, so that no blank line is left where it was. */
    private static void removeWithIndent(Node n) {
        Node before = n.getPreviousSibling();
        if (before != null && before.getNodeType() == Node.TEXT_NODE && before.getTextContent().isBlank()) {
            before.getParentNode().removeChild(before);
        }
        n.getParentNode().removeChild(n);
    }

    private static void removeComments(Node n) {
        for (Node c = n.getFirstChild(); c != null; ) {
            Node next = c.getNextSibling();
            if (c.getNodeType() == Node.COMMENT_NODE) {
                removeWithIndent(c);
            } else {
                removeComments(c);
            }
            c = next;
        }
    }
}
