package org.bulletins.search;

import io.micronaut.runtime.Micronaut;
import org.bulletins.search.eval.EvaluateCommand;

/** Runs the service, or the {@code evaluate} command when the first argument names it. */
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && EvaluateCommand.NAME.equals(args[0])) {
            System.exit(EvaluateCommand.execute(java.util.Arrays.copyOfRange(args, 1, args.length)));
        }
        Micronaut.run(Application.class, args);
    }
}
