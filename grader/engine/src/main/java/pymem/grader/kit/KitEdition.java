package pymem.grader.kit;

/**
 * Which copy of the kit the grader runs in: the instructor's (solutions, hidden tests, every command) or the
 * student edition {@code ./grade release} writes (stubs, visible tests, the commands a student uses).
 */
public enum KitEdition {
    INSTRUCTOR,
    STUDENT
}
