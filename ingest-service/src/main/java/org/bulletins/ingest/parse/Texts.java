package org.bulletins.ingest.parse;

import java.util.List;
import java.util.regex.Pattern;

/** String helpers for Chinese text converted from PDF, where spaces and line breaks are mostly layout artefacts. */
final class Texts {

    private Texts() {
    }

    /** The text without any whitespace: how two spellings of the same line are compared. */
    private static final Pattern EMPHASIS = Pattern.compile("\\*\\*|__|~~|(?<!\\d)\\*+|\\*+(?!\\d)");

    /** The line without Markdown emphasis marks (**市政府文件**), which converters put around bold print. */
    static String withoutEmphasis(String line) {
        return line.indexOf('*') >= 0 || line.indexOf('_') >= 0 || line.indexOf('~') >= 0
                ? EMPHASIS.matcher(line).replaceAll("").strip() : line;
    }

    static String compact(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u00A0') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Compact text with full-width forms folded to ASCII, so （第二批） in a heading matches (第二批) in a contents line. */
    static String fold(String text) {
        String compact = compact(text);
        StringBuilder out = new StringBuilder(compact.length());
        for (int i = 0; i < compact.length(); i++) {
            char c = compact.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            } else if (c == '〔' || c == '【') {
                c = '[';
            } else if (c == '〕' || c == '】') {
                c = ']';
            } else if (c == '“' || c == '”') {
                c = '"';
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Han characters, CJK punctuation and full-width forms: between two of them a space is never a word break. */
    static boolean isWide(int c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF) || (c >= 0x2010 && c <= 0x2027);
    }

    /** Removes spaces next to Chinese text ("包头市人民政府 关于…", "回顾 2023 年"), keeps those between Latin words. */
    static String removeWideSpaces(String text) {
        String s = text.strip();
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c)) {
                out.append(c);
                i++;
                continue;
            }
            int end = i;
            while (end < s.length() && Character.isWhitespace(s.charAt(end))) {
                end++;
            }
            char before = out.isEmpty() ? ' ' : out.charAt(out.length() - 1);
            char after = end < s.length() ? s.charAt(end) : ' ';
            boolean wideBefore = isWide(before);
            boolean wideAfter = isWide(after);
            boolean keep = !(wideBefore && wideAfter) && !(wideBefore && Character.isDigit(after))
                    && !(Character.isDigit(before) && wideAfter);
            if (keep) {
                out.append(' ');
            }
            i = end;
        }
        return out.toString();
    }

    /** "政 府 工 作 报 告" → "政府工作报告": a line of single wide characters spaced out for layout. */
    static String collapseLetterSpacing(String line) {
        String s = line.strip();
        if (s.length() < 3 || s.length() > 200 || s.indexOf(' ') < 0 && s.indexOf('\t') < 0 && s.indexOf('\u3000') < 0) {
            return line;
        }
        String[] tokens = s.split("[ \\t\\u3000]+");
        if (tokens.length < 2) {
            return line;
        }
        for (String token : tokens) {
            if (token.codePointCount(0, token.length()) != 1 || !isWide(token.codePointAt(0))) {
                return line;
            }
        }
        return String.join("", tokens);
    }

    /** Collapses runs of whitespace to one space; a newspaper headline keeps the space between its two halves. */
    static String singleSpaced(String text) {
        return text.strip().replaceAll("[\\s\\u00A0]+", " ");
    }

    /**
     * Joins the lines of one paragraph: no separator inside Chinese text, a space between Latin words, and a line
     * break kept before list items and in table rows.
     */
    static String joinLines(List<String> lines) {
        if (lines.size() == 1) {
            return lines.get(0);
        }
        StringBuilder out = new StringBuilder();
        boolean table = false;
        for (String line : lines) {
            boolean row = line.indexOf('\t') >= 0;
            if (out.isEmpty()) {
                out.append(line);
                table = row;
                continue;
            }
            char before = out.charAt(out.length() - 1);
            char after = line.isEmpty() ? ' ' : line.charAt(0);
            boolean newline = row || table || LinePatterns.startsListItem(line);
            table = row;
            if (newline) {
                out.append('\n');
            } else if (!isWide(before) && !isWide(after) && !numberCut(out, after)) {
                out.append(' ');
            }
            out.append(line);
        }
        return out.toString();
    }

    /** A number cut by the line end inside Chinese text ("调整为2" + "130元"): its digits are rejoined without a space. */
    private static boolean numberCut(CharSequence before, char after) {
        int i = before.length() - 1;
        while (i >= 0 && Character.isDigit(before.charAt(i))) {
            i--;
        }
        return Character.isDigit(after) && i < before.length() - 1 && i >= 0 && isWide(before.charAt(i));
    }

    /** The first sentence of a text, without its full stop, at most {@code max} characters. */
    static String firstSentence(String text, int max) {
        String s = text.strip();
        int stop = s.indexOf('。');
        if (stop > 0) {
            s = s.substring(0, stop);
        }
        return s.length() > max ? s.substring(0, max) : s;
    }

    /** A short quote of a line for warnings. */
    static String quote(String text) {
        String s = singleSpaced(text);
        return "'" + (s.length() > 30 ? s.substring(0, 30) + "…" : s) + "'";
    }
}
