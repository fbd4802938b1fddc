package pymem.differential;

/**
 * A scenario on which the reference does not answer as CPython did.
 *
 * @param scenario the scenario, with CPython's answer
 * @param reference the reference's answer, as a listing line ({@code TypeError: ...}, a value, or the Java
 *     exception it threw)
 */
public record Difference(Scenario scenario, String reference) {

    /** The difference in Python terms: id, the program, CPython's answer, the reference's. */
    public String describe() {
        return "[" + scenario.id() + "]\n" + scenario.indentedPython() + "\n  CPython 3.11: " + Answers.describe(scenario.cpython())
                + "\n  reference:    " + reference;
    }
}
