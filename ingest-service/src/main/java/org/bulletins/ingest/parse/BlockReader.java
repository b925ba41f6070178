package org.bulletins.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads plain text or Markdown into headings and paragraphs. Blank lines separate paragraphs; '#' lines are
 * headings; list markers, rules and table pipes are layout and are dropped.
 */
final class BlockReader {

    private static final Pattern HEADING = Pattern.compile("^(#{1,6})(?:\\s+|(?=[^#\\s]))(.*?)[\\s#]*$");
    private static final Pattern RULE = Pattern.compile("^(?:[-*_=]\\s*){3,}$");
    private static final Pattern LIST_MARKER = Pattern.compile("^(?:[-*+]\\s+|>\\s?)");
    private static final Pattern TABLE_SEPARATOR = Pattern.compile("^\\|?\\s*:?-{2,}:?\\s*(?:\\|\\s*:?-{2,}:?\\s*)*\\|?$");

    private BlockReader() {
    }

    static List<Block> read(String text) {
        List<Block> blocks = new ArrayList<>();
        List<String> paragraph = new ArrayList<>();
        int paragraphStart = 0;
        int lineNumber = 0;
        for (String rawLine : normalise(text).split("\n", -1)) {
            lineNumber++;
            String line = Texts.collapseLetterSpacing(rawLine.strip());
            Matcher heading = line.length() <= 500 ? HEADING.matcher(line) : null;
            if (line.isEmpty() || RULE.matcher(line).matches() || TABLE_SEPARATOR.matcher(line).matches()) {
                flush(blocks, paragraph, paragraphStart);
            } else if (heading != null && heading.matches()) {
                flush(blocks, paragraph, paragraphStart);
                String title = Texts.collapseLetterSpacing(heading.group(2).strip());
                if (!title.isEmpty()) {
                    blocks.add(Block.heading(heading.group(1).length(), title, lineNumber));
                }
            } else {
                if (paragraph.isEmpty()) {
                    paragraphStart = lineNumber;
                }
                String content = tableRow(LIST_MARKER.matcher(line).replaceFirst("")).strip();
                if (!content.isEmpty()) {
                    paragraph.add(content);
                }
            }
        }
        flush(blocks, paragraph, paragraphStart);
        return blocks;
    }

    /** Unifies line ends and removes invisible characters; a form feed (page break) separates paragraphs. */
    static String normalise(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\r' -> {
                    if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
                        out.append('\n');
                    }
                }
                case '\f' -> out.append("\n\n");
                case '\u00A0', '\u2007', '\u202F' -> out.append(' ');
                case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD' -> { }
                default -> {
                    if (c == '\n' || c == '\t' || !Character.isISOControl(c)) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** "| a | b |" → "a\tb": Markdown table rows become tab-separated like converted PDF tables. */
    private static String tableRow(String line) {
        if (line.length() < 3 || line.charAt(0) != '|' || line.charAt(line.length() - 1) != '|') {
            return line;
        }
        String[] cells = line.substring(1, line.length() - 1).split("\\|", -1);
        List<String> stripped = new ArrayList<>();
        for (String cell : cells) {
            stripped.add(cell.strip());
        }
        return String.join("\t", stripped);
    }

    private static void flush(List<Block> blocks, List<String> paragraph, int start) {
        if (!paragraph.isEmpty()) {
            blocks.add(Block.paragraph(paragraph, start));
            paragraph.clear();
        }
    }
}
