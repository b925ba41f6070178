package org.bulletins.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads plain text or Markdown into headings and paragraphs. Blank lines separate paragraphs; '#' lines are
 * headings; list markers, rules and table pipes are layout and are dropped. Text converted without blank lines
 * still has paragraph starts: an indented first line ("　　自治区人民政府…") and the structural lines of official
 * documents (doc number, date line, release marker, annex marker), which always stand on their own, as does the
 * signature above a date line.
 */
final class BlockReader {

    private static final Pattern HEADING = Pattern.compile("^(#{1,6})(?:\\s+|(?=[^#\\s]))(.*?)[\\s#]*$");
    private static final Pattern RULE = Pattern.compile("^(?:[-*_=]\\s*){3,}$");
    private static final Pattern LIST_MARKER = Pattern.compile("^(?:[-*+]\\s+|>\\s?)");
    /** A Markdown image alone on its line ("![](image_12.png)"): the photo, whose caption is the text. */
    private static final Pattern IMAGE = Pattern.compile("^!\\[[^\\]]*]\\([^)]*\\)$");
    private static final Pattern TABLE_SEPARATOR = Pattern.compile("^\\|?\\s*:?-{2,}:?\\s*(?:\\|\\s*:?-{2,}:?\\s*)*\\|?$");
    /** Two more spaces than the text's usual margin (one full-width indent): a paragraph's first line. */
    private static final int INDENT = 2;

    private BlockReader() {
    }

    static List<Block> read(String text) {
        List<Block> blocks = new ArrayList<>();
        List<String> paragraph = new ArrayList<>();
        int paragraphStart = 0;
        int lineNumber = 0;
        String[] rawLines = normalise(text).split("\n", -1);
        int margin = margin(rawLines);
        for (String rawLine : rawLines) {
            lineNumber++;
            String line = Texts.collapseLetterSpacing(rawLine.strip());
            Matcher heading = line.length() <= 500 ? HEADING.matcher(line) : null;
            if (line.isEmpty() || RULE.matcher(line).matches() || TABLE_SEPARATOR.matcher(line).matches()
                    || IMAGE.matcher(line).matches()) {
                flush(blocks, paragraph, paragraphStart);
            } else if (heading != null && heading.matches()) {
                flush(blocks, paragraph, paragraphStart);
                String title = Texts.collapseLetterSpacing(heading.group(2).strip());
                if (!title.isEmpty()) {
                    blocks.add(Block.heading(heading.group(1).length(), title, lineNumber));
                }
            } else {
                String content = tableRow(LIST_MARKER.matcher(line).replaceFirst("")).strip();
                if (startsParagraph(content) || indent(rawLine) >= margin + INDENT || endsParagraph(paragraph)) {
                    String signature = signatureAbove(paragraph, content);
                    flush(blocks, paragraph, paragraphStart);
                    if (signature != null) {
                        blocks.add(Block.paragraph(List.of(signature), lineNumber - 1));
                    }
                }
                if (paragraph.isEmpty()) {
                    paragraphStart = lineNumber;
                }
                if (!content.isEmpty()) {
                    paragraph.add(content);
                }
            }
        }
        flush(blocks, paragraph, paragraphStart);
        return blocks;
    }

    /** The smallest indentation of the text's lines: 0, or the left margin of a layout-preserving conversion. */
    private static int margin(String[] lines) {
        int margin = Integer.MAX_VALUE;
        for (String line : lines) {
            if (!line.isBlank()) {
                margin = Math.min(margin, indent(line));
            }
        }
        return margin == Integer.MAX_VALUE ? 0 : margin;
    }

    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    /** The signature line ending a paragraph right above its date line, taken out of that paragraph; else null. */
    private static String signatureAbove(List<String> paragraph, String dateLine) {
        if (paragraph.size() < 2 || ChineseDates.dateLine(dateLine).isEmpty()
                || !LinePatterns.looksLikeOrg(paragraph.get(paragraph.size() - 1))) {
            return null;
        }
        return paragraph.remove(paragraph.size() - 1);
    }

    /** "附件：…" and "●…" start a paragraph that may go on over the next lines; metadata lines stand alone. */
    private static boolean startsParagraph(String line) {
        return isMetadataLine(line) || LinePatterns.isAttachmentList(line) || LinePatterns.isBullet(line);
    }

    private static boolean endsParagraph(List<String> paragraph) {
        return paragraph.size() == 1 && isMetadataLine(paragraph.get(0));
    }

    /** A doc-number, date, release or annex line: one paragraph even when the conversion left no blank line around it. */
    private static boolean isMetadataLine(String line) {
        return line.length() <= 60 && (LinePatterns.numberLine(line).isPresent()
                || ChineseDates.dateLine(line).isPresent() || LinePatterns.isReleaseMarker(line)
                || LinePatterns.isAnnexMarker(line));
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
                // a full-width space is layout (indent, letter spacing): a plain space keeps \\s patterns simple
                case '\u00A0', '\u2007', '\u202F', '\u3000' -> out.append(' ');
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
