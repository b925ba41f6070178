package org.bulletins.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** The checkout's root, found from the module a test runs in. */
public final class ProjectRoot {

    private ProjectRoot() {
    }

    public static Path find() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isExecutable(dir.resolve("infra/stack"))) {
                return dir;
            }
        }
        throw new IllegalStateException("infra/stack not found above " + Path.of("").toAbsolutePath()
                + ": run the tests from the project checkout");
    }
}
