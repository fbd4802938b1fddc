package pymem.grader.compile;

/**
 * The compile server's answer to one {@link CompileRequest}.
 *
 * @param status how the task ended
 * @param errors javac's errors, or why the task could not finish; empty when compiled
 */
record CompileReply(CompileStatus status, String errors) {
    static final CompileReply COMPILED = new CompileReply(CompileStatus.COMPILED, "");
}
