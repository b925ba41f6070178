package org.bulletins.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Debian's Chromium, headless: loads a page, lets its scripts run, and returns the resulting DOM. */
final class HeadlessChromium {

    private HeadlessChromium() {
    }

    static String renderedDom(String url) {
        Path profile = null;
        try {
            profile = Files.createTempDirectory("chromium-profile");
            // The DOM goes to a file, so that the time limit holds even when Chromium hangs with its output open.
            Path dom = profile.resolve("dom.html");
            Process chromium = new ProcessBuilder("chromium", "--headless", "--no-sandbox", "--disable-gpu",
                    "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--user-data-dir=" + profile, "--virtual-time-budget=10000", "--dump-dom", url)
                    .redirectOutput(dom.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!chromium.waitFor(60, TimeUnit.SECONDS)) {
                chromium.destroyForcibly();
                throw new IllegalStateException("chromium did not render " + url + " within 60 s");
            }
            if (chromium.exitValue() != 0) {
                throw new IllegalStateException("chromium could not render " + url + " (exit " + chromium.exitValue() + ")");
            }
            return Files.readString(dom, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("chromium is needed for the browser test (infra/stack test installs "
                    + "Debian's chromium): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rendering " + url, e);
        } finally {
            deleteQuietly(profile);
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temporary profile is harmless
        }
    }
}
