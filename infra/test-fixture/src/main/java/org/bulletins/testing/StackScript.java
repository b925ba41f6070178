package org.bulletins.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the project's {@code infra/stack} script on the tests' own stack ({@code STACK_PROFILE=test}: its own
 * folder and ports), so that tests never write into the stack a developer uses.
 */
public final class StackScript {

    private static final String PROFILE = "test";

    private StackScript() {
    }

    /** Runs {@code infra/stack ARGS…}, its output appended to {@code .stack/logs/tests.log}. */
    public static void run(Duration timeout, String... args) {
        Path log = ProjectRoot.find().resolve(".stack/logs/tests.log");
        try {
            Files.createDirectories(log.getParent());
        } catch (IOException e) {
            throw new IllegalStateException("could not create " + log.getParent() + ": " + e.getMessage(), e);
        }
        Process process = start(ProcessBuilder.Redirect.appendTo(log.toFile()), args);
        finish(process, timeout, "see " + log, args);
    }

    /** The tests' stack's addresses, as {@code infra/stack env} prints them (KAFKA_BOOTSTRAP_SERVERS, GATEWAY_URL, …). */
    public static Map<String, String> env() {
        Process process = start(ProcessBuilder.Redirect.PIPE, "env");
        String output;
        try {
            output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("could not read the output of infra/stack env: " + e.getMessage(), e);
        }
        finish(process, Duration.ofSeconds(30), "its output: " + output, "env");
        Map<String, String> env = new LinkedHashMap<>();
        for (String line : output.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                env.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return env;
    }

    /** One address of {@link #env()}, which must be there. */
    public static String address(Map<String, String> env, String key) {
        String value = env.get(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("infra/stack env printed no " + key + ": " + env);
        }
        return value;
    }

    private static Process start(ProcessBuilder.Redirect output, String... args) {
        Path root = ProjectRoot.find();
        ProcessBuilder builder = new ProcessBuilder(command(root, args))
                .directory(root.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output);
        builder.environment().put("STACK_PROFILE", PROFILE);
        try {
            return builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("could not run " + builder.command() + ": " + e.getMessage(), e);
        }
    }

    private static void finish(Process process, Duration timeout, String whereToLook, String... args) {
        String command = String.join(" ", command(ProjectRoot.find(), args));
        try {
            if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(command + " did not finish within " + timeout + ": " + whereToLook);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command, e);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("STACK_PROFILE=" + PROFILE + " " + command + " failed (exit "
                    + process.exitValue() + "): " + whereToLook
                    + " and the component logs that STACK_PROFILE=" + PROFILE + " infra/stack logs lists");
        }
    }

    private static List<String> command(Path root, String... args) {
        List<String> command = new ArrayList<>(List.of(root.resolve("infra/stack").toString()));
        command.addAll(List.of(args));
        return command;
    }
}
