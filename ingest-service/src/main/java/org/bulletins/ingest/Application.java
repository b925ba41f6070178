package org.bulletins.ingest;

import io.micronaut.runtime.Micronaut;
import org.bulletins.ingest.cli.IngestCommand;

/** Runs the service, or one of the operator commands (`parse`, `push`) when the first argument names one. */
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && IngestCommand.isCommand(args[0])) {
            System.exit(IngestCommand.execute(args));
        }
        Micronaut.run(Application.class, args);
    }
}
