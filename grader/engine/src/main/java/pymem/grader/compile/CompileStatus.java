package pymem.grader.compile;

/** How compiling one exercise (or one javac task) ended. */
public enum CompileStatus {
    /** javac succeeded; the classes are in the output folder. */
    COMPILED,
    /** javac reported errors in the sources. */
    COMPILE_ERROR,
    /** javac was stopped by one of the grader's bounds (time, memory, source size) before it could finish. */
    BOUND_EXCEEDED
}
