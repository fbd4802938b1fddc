package pymem.grader.compile;

import java.util.List;

/**
 * One javac task for the compile server: one or several exercises' sources, compiled together, each one's
 * classes written to its own folder.
 *
 * @param sets           the exercises' sources
 * @param classpath      what the sources compile against (the model)
 * @param latin1Fallback whether sources that are not valid UTF-8 are compiled again as ISO-8859-1
 */
record CompileRequest(List<SourceSet> sets, List<String> classpath, boolean latin1Fallback) {
}
