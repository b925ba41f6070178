package org.bulletins.ingest.parse;

import java.util.List;

/** How titles are written out: whole, without layout spaces. */
final class Titles {

    private Titles() {
    }

    /** An official title or heading: letter spacing undone and spaces inside Chinese text removed. */
    static String official(String raw) {
        return Texts.removeWideSpaces(Texts.collapseLetterSpacing(raw));
    }

    /** A title printed over several blocks, from {@code start} to {@code end} (exclusive), as one line. */
    static String joined(List<Block> blocks, int start, int end) {
        StringBuilder title = new StringBuilder();
        for (int i = start; i < end; i++) {
            title.append(official(blocks.get(i).text()));
        }
        return title.toString();
    }

    /** A newspaper headline: keeps the single space between the halves of a two-part headline. */
    static String headline(String raw) {
        return Texts.singleSpaced(Texts.collapseLetterSpacing(raw));
    }

    /** A subtitle without its leading dashes or enclosing brackets. */
    static String subtitle(String raw) {
        String s = raw.strip().replaceFirst("^[—－\\-─]+\\s*", "");
        if ((s.startsWith("（") && s.endsWith("）")) || (s.startsWith("(") && s.endsWith(")"))) {
            s = s.substring(1, s.length() - 1);
        }
        return Texts.singleSpaced(s);
    }
}
