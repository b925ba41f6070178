package org.bulletins.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Rejoins paragraphs that a page or column break cut in two: a paragraph that stops mid-sentence (no 。！？；：
 * etc. at its end) followed by one that goes on. Headings, boundaries, structural lines (dates, numbers, bylines,
 * numbered items) and short standalone lines such as headlines and intertitles are never joined; photo captions
 * between the two halves are stepped over.
 */
final class ParagraphJoiner {

    private static final int SHORT_LINE = 16;
    private static final Pattern LIST_ITEM = Pattern.compile("[^，。；：！？,;:!?]+");

    private ParagraphJoiner() {
    }

    static List<Block> join(List<Block> blocks) {
        List<Block> out = new ArrayList<>();
        int open = -1;
        for (Block block : blocks) {
            if (block.kind() == Block.Kind.CAPTION) {
                out.add(block);
                continue;
            }
            if (block.isParagraph() && open >= 0 && joinable(out.get(open), open > 0 ? before(out, open) : null, block)) {
                Block first = out.get(open);
                List<String> lines = new ArrayList<>(first.lines());
                lines.addAll(block.lines());
                out.set(open, first.withLines(lines, block.truncated()));
                continue;
            }
            out.add(block);
            open = block.isParagraph() ? out.size() - 1 : -1;
        }
        return out;
    }

    private static Block before(List<Block> out, int index) {
        for (int i = index - 1; i >= 0; i--) {
            if (out.get(i).kind() != Block.Kind.CAPTION) {
                return out.get(i);
            }
        }
        return null;
    }

    private static boolean joinable(Block first, Block beforeFirst, Block next) {
        String a = first.text();
        String b = next.text();
        if (first.truncated() || LinePatterns.endsSentence(a) || a.indexOf('\t') >= 0 || b.indexOf('\t') >= 0) {
            return false;
        }
        if (LinePatterns.isStructural(a) || LinePatterns.isStructural(b) || LinePatterns.isDashLine(b)
                || LinePatterns.numberingLevel(b) > 0 || LinePatterns.isNewsLead(b)) {
            return false;
        }
        // An annex list (附件：1．… 2．…) is followed by the signature, never by the rest of a sentence.
        if (OutlineBuilder.isNumberedHeading(a) || LinePatterns.isAttachmentList(a)
                || LinePatterns.numberingLevel(a) == 3 && LinePatterns.looksLikeOrg(b)) {
            return false;
        }
        // Two short lines without punctuation (names, units of a list) are items, not the halves of a paragraph;
        // an organisation's name alone is a signature.
        if (isListItem(a, SHORT_LINE) && isListItem(b, SHORT_LINE * 2) || isListItem(b, SHORT_LINE * 2) && LinePatterns.looksLikeOrg(b)) {
            return false;
        }
        return LinePatterns.isTailFragment(b) || !standsAlone(a, beforeFirst);
    }

    private static boolean isListItem(String text, int maxLength) {
        String c = Texts.compact(text);
        return c.length() < maxLength && LIST_ITEM.matcher(c).matches();
    }

    /** A headline, intertitle or signature: short, no sentence inside, after a finished sentence or a structure line. */
    static boolean standsAlone(String text, Block before) {
        if (!LinePatterns.isHeadingLike(text)) {
            return false;
        }
        return before == null || !before.isParagraph() || LinePatterns.endsSentence(before.text())
                || LinePatterns.isStructural(before.text()) || LinePatterns.isHeadingLike(before.text());
    }
}
