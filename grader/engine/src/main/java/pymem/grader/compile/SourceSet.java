package pymem.grader.compile;

import java.util.List;

/**
 * One exercise's part of a compile request: its .java files and where their classes go.
 *
 * @param root  the exercise's source folder (error messages name files relative to it)
 * @param files the .java files, absolute
 * @param out   the folder that receives the classes of these files, and only of these
 */
record SourceSet(String root, List<String> files, String out) {
}
