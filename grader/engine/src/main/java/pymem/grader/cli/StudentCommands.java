package pymem.grader.cli;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;
import pymem.grader.kit.KitEdition;

/**
 * The student edition's {@code ./grade}: the same program, with the instructor's commands and options hidden
 * from {@code --help} and refused with one line. There they have nothing to work on (no solutions, no hidden
 * tests, no misconceptions) or would only confuse (a release of the release, a class's batch).
 */
final class StudentCommands {
    /** The subcommands only the instructor's kit has use for. */
    static final Set<String> INSTRUCTOR_COMMANDS = Set.of("release", "batch", "merge", "gradescope", "quality", "calibrate", "misconceptions");
    /** The options of {@code ./grade} itself that only the instructor's kit has use for. */
    static final Set<String> INSTRUCTOR_OPTIONS = Set.of("--solutions", "--visible");

    private StudentCommands() {
    }

    /** Hides the instructor's commands and options from the help of {@code cli} in the student edition. */
    static void adapt(CommandLine cli, KitEdition edition) {
        if (edition != KitEdition.STUDENT) {
            return;
        }
        CommandSpec spec = cli.getCommandSpec();
        spec.usageMessage().description("Grades your exercises with their visible tests: all of them (no argument), or the ones you "
                + "name (./grade 04, ./grade exercises/04-refcount). The instructor grades with more tests than these.");
        for (String name : INSTRUCTOR_COMMANDS) {
            CommandLine sub = cli.getSubcommands().get(name);
            if (sub != null) {
                sub.getCommandSpec().usageMessage().hidden(true);
            }
        }
        for (String name : INSTRUCTOR_OPTIONS) {
            OptionSpec option = spec.findOption(name);
            if (option != null) {
                spec.remove(option);
                spec.addOption(OptionSpec.builder(option).hidden(true).build());
            }
        }
    }

    /** Why the student edition refuses what {@code parsed} asks for, in one line; empty when it does not. */
    static Optional<String> refusal(ParseResult parsed, KitEdition edition) {
        if (edition != KitEdition.STUDENT) {
            return Optional.empty();
        }
        if (parsed.hasSubcommand() && INSTRUCTOR_COMMANDS.contains(parsed.subcommand().commandSpec().name())) {
            return Optional.of("'" + parsed.subcommand().commandSpec().name() + "' is an instructor command, which the student edition "
                    + "does not have (see ./grade --help)");
        }
        List<String> used = INSTRUCTOR_OPTIONS.stream().filter(parsed::hasMatchedOption).sorted().toList();
        if (!used.isEmpty()) {
            return Optional.of(used.get(0) + " is an instructor option, which the student edition does not have (see ./grade --help)");
        }
        return Optional.empty();
    }
}
