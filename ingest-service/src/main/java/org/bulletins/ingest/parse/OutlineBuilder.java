package org.bulletins.ingest.parse;

import org.bulletins.events.ParsedDocument.Section;

import java.util.ArrayList;
import java.util.List;

/**
 * The outline of a document: its headings, with levels taken from their numbering (一、 → 1, （一） → 2, 1. → 3,
 * （1） → 4) because converted headings carry unreliable '#' levels; unnumbered headings are level 1. Numbered
 * lines standing alone count as headings too, and so does the run-in heading of a "（一）…。" paragraph.
 */
final class OutlineBuilder {

    private static final int MAX_L1 = 80;
    private static final int MAX_L2 = 60;
    private static final int MAX_RUN_IN = 50;
    private static final int MAX_MINOR = 16;

    private OutlineBuilder() {
    }

    /** @param intertitles also take short standalone lines as headings (newspaper intertitles) */
    static List<Section> sections(List<Block> blocks, boolean intertitles) {
        List<Section> sections = new ArrayList<>();
        Block before = null;
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (block.isHeading()) {
                String title = Titles.official(block.text());
                if (i + 1 < blocks.size() && blocks.get(i + 1).isParagraph()
                        && LinePatterns.isBracketOnly(blocks.get(i + 1).text())) {
                    title += Texts.compact(blocks.get(i + 1).text());
                }
                int level = LinePatterns.numberingLevel(title);
                sections.add(new Section(level == 0 ? 1 : level, title));
            } else if (block.isParagraph()) {
                Section section = numbered(block.text());
                if (section == null && intertitles && i + 1 < blocks.size()
                        && ParagraphJoiner.standsAlone(block.text(), before)) {
                    section = new Section(1, Titles.headline(block.text()));
                }
                if (section != null) {
                    sections.add(section);
                }
            }
            if (block.kind() != Block.Kind.CAPTION) {
                before = block;
            }
        }
        return sections;
    }

    /** A numbered line that is a heading, not the first line of a numbered item cut by a page break. */
    static boolean isNumberedHeading(String paragraph) {
        Section section = numbered(paragraph);
        return section != null && section.title().length() == Titles.official(paragraph).length();
    }

    private static Section numbered(String paragraph) {
        String text = Titles.official(paragraph);
        int level = LinePatterns.numberingLevel(text);
        boolean sentence = text.indexOf('。') >= 0;
        if (level == 1 && !sentence && text.length() <= MAX_L1) {
            return new Section(1, text);
        }
        if (level == 2) {
            int stop = text.indexOf('。');
            if (!sentence && text.length() <= MAX_L2) {
                return new Section(2, text);
            }
            if (stop > 0 && stop <= MAX_RUN_IN) {
                return new Section(2, text.substring(0, stop));
            }
        }
        if ((level == 3 || level == 4) && !sentence && text.length() <= MAX_MINOR
                && text.indexOf('；') < 0 && text.indexOf('，') < 0) {
            return new Section(level, text);
        }
        return null;
    }
}
