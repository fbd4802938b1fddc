package pymem.grader.report;

import pymem.grader.files.AtomicFiles;

import java.io.IOException;
import java.nio.file.Path;
import pymem.grader.score.GradeResult;

/** Writes a graded submission's report folder: results.json, junit.xml and report.html. */
public final class ReportWriter {
    public static final String RESULTS_JSON = "results.json";
    public static final String JUNIT_XML = "junit.xml";
    public static final String REPORT_HTML = "report.html";

    private ReportWriter() {
    }

    public static void write(GradeResult result, Path folder) throws IOException {
        AtomicFiles.write(folder.resolve(RESULTS_JSON), GradescopeResults.render(result));
        AtomicFiles.write(folder.resolve(JUNIT_XML), JUnitXmlReport.render(result));
        AtomicFiles.write(folder.resolve(REPORT_HTML), HtmlReport.render(result));
    }
}
