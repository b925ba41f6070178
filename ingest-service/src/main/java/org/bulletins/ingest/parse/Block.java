package org.bulletins.ingest.parse;

import java.util.List;

/**
 * One unit of the cleaned text: a heading, a paragraph (its source lines), a photo caption, or a boundary left
 * where a continuation marker such as "下转02" was, which no paragraph is joined across. Immutable; its joined
 * and compact text are computed once because every rule asks for them.
 */
final class Block {

    enum Kind { HEADING, PARAGRAPH, CAPTION, BOUNDARY }

    private final Kind kind;
    private final int level;
    private final List<String> lines;
    private final int sourceLine;
    private final boolean truncated;
    private final boolean resumes;
    private final String text;
    private final String compact;

    /**
     * @param level      heading level (1 for '#'); 0 for other kinds
     * @param sourceLine 1-based line of the source text where the block starts, for warnings
     * @param truncated  the source line was cut short (it ended in U+FFFD), so it is never joined to the next
     * @param resumes    a boundary where text continued from another page resumes ("上接01")
     */
    private Block(Kind kind, int level, List<String> lines, int sourceLine, boolean truncated, boolean resumes) {
        this.kind = kind;
        this.level = level;
        this.lines = List.copyOf(lines);
        this.sourceLine = sourceLine;
        this.truncated = truncated;
        this.resumes = resumes;
        this.text = Texts.joinLines(this.lines);
        this.compact = Texts.compact(text);
    }

    static Block heading(int level, String text, int sourceLine) {
        return new Block(Kind.HEADING, level, List.of(text), sourceLine, false, false);
    }

    static Block paragraph(List<String> lines, int sourceLine) {
        return new Block(Kind.PARAGRAPH, 0, lines, sourceLine, false, false);
    }

    static Block boundary(int sourceLine) {
        return new Block(Kind.BOUNDARY, 0, List.of(), sourceLine, false, false);
    }

    /** The boundary before text continued from another page ("上接01 …"). */
    static Block resumption(int sourceLine) {
        return new Block(Kind.BOUNDARY, 0, List.of(), sourceLine, false, true);
    }

    /** A caption and its credit line ("记者 吴杰 摄"); kept out of the body, its photographer goes to the authors. */
    static Block caption(List<String> lines, int sourceLine) {
        return new Block(Kind.CAPTION, 0, lines, sourceLine, false, false);
    }

    Kind kind() {
        return kind;
    }

    int level() {
        return level;
    }

    List<String> lines() {
        return lines;
    }

    int sourceLine() {
        return sourceLine;
    }

    boolean truncated() {
        return truncated;
    }

    String text() {
        return text;
    }

    String compact() {
        return compact;
    }

    boolean resumes() {
        return resumes;
    }

    boolean isHeading() {
        return kind == Kind.HEADING;
    }

    boolean isParagraph() {
        return kind == Kind.PARAGRAPH;
    }

    Block withLines(List<String> newLines, boolean cut) {
        return new Block(kind, level, newLines, sourceLine, cut, resumes);
    }

    @Override
    public String toString() {
        return kind + "@" + sourceLine + ":" + (text.length() > 40 ? text.substring(0, 40) + "…" : text);
    }
}
