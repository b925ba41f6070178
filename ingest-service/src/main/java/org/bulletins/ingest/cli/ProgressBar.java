package org.bulletins.ingest.cli;

import java.io.PrintStream;

/** A one-line progress bar on the terminal (stderr), redrawn in place. */
final class ProgressBar {

    private static final int WIDTH = 30;

    private final PrintStream out;
    private final int total;
    private int done;

    ProgressBar(PrintStream out, int total) {
        this.out = out;
        this.total = total;
    }

    void step(String label) {
        done++;
        int filled = total == 0 ? WIDTH : done * WIDTH / total;
        String shown = label.length() > 40 ? label.substring(0, 37) + "..." : label;
        out.printf("\r[%s%s] %d/%d %-40s", "#".repeat(filled), " ".repeat(WIDTH - filled), done, total, shown);
        out.flush();
    }

    void done() {
        out.println();
    }
}
