package pymem.grader.cli;

/** Report folder names for students, shared by the batch and its overview page. */
final class BatchGraderNames {
    private BatchGraderNames() {
    }

    static String folderOf(String student) {
        return pymem.grader.batch.BatchGrader.safeName(student);
    }
}
