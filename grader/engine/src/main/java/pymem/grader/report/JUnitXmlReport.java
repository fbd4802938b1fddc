package pymem.grader.report;

import java.io.StringWriter;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import pymem.grader.score.ExerciseResult;
import pymem.grader.score.GradeResult;
import pymem.grader.score.TestResult;

/**
 * The grade as JUnit XML (the Ant/Surefire format CI servers and GitHub Classroom read): one
 * {@code testsuite} per exercise, one {@code testcase} per graded test, a {@code failure} with the feedback.
 */
public final class JUnitXmlReport {
    private JUnitXmlReport() {
    }

    public static String render(GradeResult result) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", "pymem-kit");
            xml.writeAttribute("tests", String.valueOf(result.exercises().stream().mapToInt(e -> e.tests().size()).sum()));
            xml.writeAttribute("failures", String.valueOf(result.exercises().stream().mapToLong(e -> e.tests().size() - e.passedCount()).sum()));
            xml.writeAttribute("time", String.format(Locale.ROOT, "%.3f", result.seconds()));
            for (ExerciseResult e : result.exercises()) {
                xml.writeCharacters("\n  ");
                xml.writeStartElement("testsuite");
                xml.writeAttribute("name", e.exercise().folder());
                xml.writeAttribute("tests", String.valueOf(e.tests().size()));
                xml.writeAttribute("failures", String.valueOf(e.tests().size() - e.passedCount()));
                xml.writeAttribute("errors", "0");
                xml.writeAttribute("skipped", "0");
                for (TestResult t : e.tests()) {
                    xml.writeCharacters("\n    ");
                    xml.writeStartElement("testcase");
                    xml.writeAttribute("classname", e.exercise().javaPackage());
                    xml.writeAttribute("name", t.test().number() + " " + t.test().name());
                    xml.writeAttribute("time", String.format(Locale.ROOT, "%.3f", t.seconds()));
                    xml.writeAttribute("points", t.score() + "/" + t.test().points());
                    if (!t.passed()) {
                        xml.writeStartElement("failure");
                        String feedback = StudentText.clean(t.feedback());
                        xml.writeAttribute("message", feedback);
                        xml.writeCharacters(feedback);
                        xml.writeEndElement();
                    }
                    xml.writeEndElement();
                }
                xml.writeCharacters("\n  ");
                xml.writeEndElement();
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException ex) {
            throw new IllegalStateException(ex);
        }
        return out.toString();
    }
}
