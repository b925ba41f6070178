package org.bulletins.ingest.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.Set;

/** The operator commands of the ingest-service jar; without one of these the jar runs the service. */
@Command(name = "ingest-service.jar", mixinStandardHelpOptions = true,
        subcommands = {ParseCommand.class, PushCommand.class},
        description = "Check bulletins before pushing them (parse), or push them to Kafka (push). "
                + "Run without a command to start the service.")
public final class IngestCommand {

    private static final Set<String> COMMANDS = Set.of("parse", "push", "--help", "-h", "help");

    public static boolean isCommand(String firstArgument) {
        return COMMANDS.contains(firstArgument);
    }

    public static int execute(String... args) {
        return new CommandLine(new IngestCommand()).execute(args);
    }
}
