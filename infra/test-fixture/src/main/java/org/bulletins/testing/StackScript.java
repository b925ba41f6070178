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
        execute(timeout, ProcessBuilder.Redirect.appendTo(log.toFile()), "see " + log, args);
    }

    /** The tests' stack's addresses, as {@code infra/stack env} prints them (KAFKA_BOOTSTRAP_SERVERS, GATEWAY_URL, …). */
    public static Map<String, String> env() {
        try {
            Path out = Files.createTempFile("stack-env", ".txt");
            try {
                execute(Duration.ofSeconds(30), ProcessBuilder.Redirect.to(out.toFile()), "its output: " + out, "env");
                Map<String, String> env = new LinkedHashMap<>();
                for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
                    int eq = line.indexOf('=');
                    if (eq > 0) {
                        env.put(line.substring(0, eq), line.substring(eq + 1));
                    }
                }
                return env;
            } finally {
                Files.deleteIfExists(out);
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not read the output of infra/stack env: " + e.getMessage(), e);
        }
    }

    /** One address of {@link #env()}, which must be there. */
    public static String address(Map<String, String> env, String key) {
        String value = env.get(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("infra/stack env printed no " + key + ": " + env);
        }
        return value;
    }

    private static void execute(Duration timeout, ProcessBuilder.Redirect output, String whereToLook, String... args) {
        Path root = ProjectRoot.find();
        List<String> command = new ArrayList<>(List.of(root.resolve("infra/stack").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(root.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output);
        builder.environment().put("STACK_PROFILE", PROFILE);
        try {
            Process process = builder.start();
            if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish within " + timeout
                        + ": " + whereToLook);
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("STACK_PROFILE=" + PROFILE + " " + String.join(" ", command)
                        + " failed (exit " + process.exitValue() + "): " + whereToLook
                        + " and the component logs that STACK_PROFILE=" + PROFILE + " infra/stack logs lists");
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not run " + command + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command, e);
        }
    }
}
