package org.bulletins.ingest.cli;

import java.nio.file.Path;
import java.util.Locale;

/** The media type a bulletin file's extension suggests; the parser still checks the content. */
final class MediaTypes {

    private MediaTypes() {
    }

    static String guess(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return "text/html";
        }
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return "text/markdown";
        }
        return "text/plain";
    }
}
