package org.bulletins.ingest.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes a document's body: its paragraphs and headings as plain text separated by blank lines, without captions
 * and boundaries, and without a paragraph that repeats the one before it (PDF conversion sometimes prints a
 * paragraph twice, the second time with a different start).
 */
final class BodyRenderer {

    private static final int MIN_NEAR_DUPLICATE = 40;
    private static final double SHARED_SHARE = 0.8;

    private BodyRenderer() {
    }

    static String render(List<Block> blocks, String documentTitle, Warnings warnings) {
        List<String> paragraphs = new ArrayList<>();
        String previous = null;
        for (Block block : blocks) {
            if (!block.isHeading() && !block.isParagraph()) {
                continue;
            }
            String text = block.isHeading() ? Titles.official(block.text()) : block.text().strip();
            String compact = Texts.compact(text);
            if (compact.isEmpty()) {
                continue;
            }
            if (previous != null && repeats(previous, compact)) {
                warnings.add("in '" + documentTitle + "', the paragraph " + Texts.quote(text)
                        + " repeats the one before it and was dropped");
                continue;
            }
            paragraphs.add(text);
            previous = compact;
        }
        return String.join("\n\n", paragraphs);
    }

    /** The same paragraph, or one sharing most of its end or start with it. */
    static boolean repeats(String previous, String current) {
        if (previous.equals(current)) {
            return true;
        }
        int shorter = Math.min(previous.length(), current.length());
        if (shorter < MIN_NEAR_DUPLICATE) {
            return false;
        }
        int suffix = 0;
        while (suffix < shorter && previous.charAt(previous.length() - 1 - suffix)
                == current.charAt(current.length() - 1 - suffix)) {
            suffix++;
        }
        int prefix = 0;
        while (prefix < shorter && previous.charAt(prefix) == current.charAt(prefix)) {
            prefix++;
        }
        return Math.max(suffix, prefix) >= shorter * SHARED_SHARE;
    }
}
