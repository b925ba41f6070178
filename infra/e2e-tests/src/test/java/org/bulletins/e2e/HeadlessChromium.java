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
            Process chromium = new ProcessBuilder("chromium", "--headless", "--no-sandbox", "--disable-gpu",
                    "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--user-data-dir=" + profile, "--virtual-time-budget=10000", "--dump-dom", url)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            String dom = new String(chromium.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!chromium.waitFor(60, TimeUnit.SECONDS) || chromium.exitValue() != 0) {
                chromium.destroyForcibly();
                throw new IllegalStateException("chromium could not render " + url);
            }
            return dom;
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
