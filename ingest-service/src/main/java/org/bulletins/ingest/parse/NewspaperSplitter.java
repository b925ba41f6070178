package org.bulletins.ingest.parse;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Splits a newspaper page into articles. Each article is anchored at its byline ("□记者 郭健") or, without one, at
 * its 本报讯 lead; its headline is the run of short lines just before: the headline, a deck, a "——" subtitle,
 * and sometimes a lead paragraph printed above the byline. Photo captions are not articles; their photographers
 * are credited to the article they are in.
 */
final class NewspaperSplitter {

    private static final int MAX_COLUMN_LABEL = 4;
    /**
     * A news-in-brief column: its label over items that start with a bullet (■3月10日，…). The label may name the
     * place or beat: 鹿城简讯, 城事速递, 新闻速览.
     */
    private static final Pattern BRIEFS_LABEL = Pattern.compile(
            "^\\p{IsHan}{0,4}(?:简讯|快讯|短讯|简报|速递|速览|一句话新闻)$");

    /** A kicker reporting who said what the headline under it says: "…调研城市更新工作时强调". */
    private static final Pattern KICKER_END = Pattern.compile("(?:强调|指出|表示|要求|提出|寄语)$");

    private NewspaperSplitter() {
    }

    private record Head(int start, String title, String subtitle, Set<Integer> headBlocks) {
    }

    /** The articles found; empty when the page has no bylines or 本报讯 leads. */
    static List<DocumentDraft> split(List<Block> blocks, Warnings warnings) {
        List<Integer> anchors = anchors(blocks);
        List<Head> heads = new ArrayList<>();
        int lowerBound = 0;
        for (int anchor : anchors) {
            heads.add(head(blocks, anchor, lowerBound));
            lowerBound = anchor + 1;
        }
        List<List<Integer>> spans = new ArrayList<>();
        for (int a = 0; a < heads.size(); a++) {
            int end = a + 1 < heads.size() ? heads.get(a + 1).start() : blocks.size();
            spans.add(new ArrayList<>(IntStream.range(heads.get(a).start(), end).boxed().toList()));
        }
        reattachContinuations(blocks, heads, spans, warnings);
        List<DocumentDraft> drafts = new ArrayList<>();
        for (int a = 0; a < heads.size(); a++) {
            Head head = heads.get(a);
            List<Block> content = new ArrayList<>();
            Set<String> authors = new LinkedHashSet<>();
            for (int i : spans.get(a)) {
                Block block = blocks.get(i);
                Optional<BylineReader.Byline> byline = block.isParagraph() ? BylineReader.read(block.text()) : Optional.empty();
                if (head.headBlocks().contains(i) && byline.isEmpty()) {
                    continue;
                }
                if (byline.isPresent() && !byline.get().photoCredit()) {
                    authors.addAll(byline.get().names());
                    continue;
                }
                if (block.isParagraph() && LinePatterns.isNewsLead(block.text())) {
                    authors.addAll(BylineReader.inlineNames(block.text()));
                }
                if (block.isParagraph()) {
                    authors.addAll(BylineReader.closingNames(block.text()));
                }
                if (block.kind() == Block.Kind.CAPTION && i == anchors.get(a)) {
                    content.add(captionText(block)); // a photo item's text is its caption
                }
                content.add(block);
            }
            for (Block block : content) {
                if (block.kind() == Block.Kind.CAPTION) {
                    BylineReader.read(block.lines().get(block.lines().size() - 1))
                            .ifPresent(credit -> authors.addAll(credit.names()));
                }
            }
            drafts.add(new DocumentDraft(DocumentDraft.Form.ARTICLE, head.title(), head.subtitle(), null, null,
                    List.copyOf(authors), content));
        }
        if (!heads.isEmpty()) {
            int skipped = 0;
            for (int i = 0; i < heads.get(0).start(); i++) {
                skipped += blocks.get(i).isParagraph() ? blocks.get(i).text().length() : 0;
            }
            if (skipped > 100) {
                warnings.add(skipped + " characters of text before the first article's headline belong to no article");
            }
        }
        return drafts;
    }

    /**
     * Text continued from an earlier page ("上接01 项目41个…") that the page prints inside another article goes back
     * to the first article still waiting for it: one whose text stops mid-sentence at a jump ("…已开工" + "下转02").
     * Text after 上接 that goes on a sentence of the article it is in stays there, and so does text no article is
     * waiting for, with a warning.
     */
    private static void reattachContinuations(List<Block> blocks, List<Head> heads, List<List<Integer>> spans,
                                              Warnings warnings) {
        TreeSet<Integer> waiting = new TreeSet<>();
        for (int a = 0; a < spans.size(); a++) {
            List<Integer> span = spans.get(a);
            int resumption = resumptionInside(blocks, heads.get(a), span);
            if (resumption >= 0 && !waiting.isEmpty()) {
                List<Integer> continued = span.subList(resumption, span.size());
                spans.get(waiting.pollFirst()).addAll(continued);
                continued.clear();
            } else if (resumption >= 0) {
                warnings.add("text continued from another page at line " + blocks.get(span.get(resumption)).sourceLine()
                        + " belongs to no article on this page that jumps there; it is kept in '" + heads.get(a).title() + "'");
            }
            if (jumpsMidSentence(blocks, span)) {
                waiting.add(a);
            }
        }
    }

    /**
     * The position in the span of a 上接 boundary after some of the article's own text that ends a sentence, or -1:
     * what follows it is not this article's.
     */
    private static int resumptionInside(List<Block> blocks, Head head, List<Integer> span) {
        boolean ownText = false;
        for (int k = 0; k < span.size(); k++) {
            Block block = blocks.get(span.get(k));
            if (block.resumes() && ownText) {
                Block before = blocks.get(span.get(k - 1));
                return stopsMidSentence(before) ? -1 : k;
            }
            ownText |= block.isParagraph() && !head.headBlocks().contains(span.get(k));
        }
        return -1;
    }

    /** The article's text ends at a jump ("下转02") in the middle of a sentence. */
    private static boolean jumpsMidSentence(List<Block> blocks, List<Integer> span) {
        List<Block> own = span.stream().map(blocks::get).filter(b -> b.kind() != Block.Kind.CAPTION).toList();
        int last = own.size() - 1;
        return last > 0 && own.get(last).kind() == Block.Kind.BOUNDARY && !own.get(last).resumes()
                && stopsMidSentence(own.get(last - 1));
    }

    private static boolean stopsMidSentence(Block block) {
        return block.isParagraph() && !LinePatterns.endsSentence(block.text())
                && BylineReader.closingNames(block.text()).isEmpty();
    }

    /**
     * Bylines (a second byline line right after one adds to it), 本报讯 leads without a byline just before (items
     * of a news-in-brief column follow each other closely, each with its lead), and the start of an unsigned item
     * under its headline (see {@link #unsignedStart}).
     */
    private static List<Integer> anchors(List<Block> blocks) {
        List<Integer> anchors = new ArrayList<>();
        int topLevel = blocks.stream().filter(Block::isHeading).mapToInt(Block::level).min().orElse(0);
        for (int i = 0; i < blocks.size(); i++) {
            int last = anchors.isEmpty() ? -10 : anchors.get(anchors.size() - 1);
            if (isBriefsLabelAt(blocks, i)) {
                anchors.add(i);
            } else if (isBylineAt(blocks, i) && isClosingByline(blocks, i)) {
                int body = firstBodyBlock(blocks, i, last);
                if (body > last && body < i) {
                    anchors.add(body);
                }
            } else if (isBylineAt(blocks, i)) {
                if (!(last == i - 1 && isBylineAt(blocks, last))) {
                    anchors.add(i);
                }
            } else if (blocks.get(i).isParagraph() && LinePatterns.isNewsLead(blocks.get(i).text())
                    && !(last >= i - 2 && isBylineAt(blocks, last))) {
                anchors.add(i);
            } else {
                int unsigned = unsignedStart(blocks, i, topLevel);
                if (unsigned >= 0 && unsigned > last) {
                    anchors.add(unsigned);
                }
            }
        }
        return anchors;
    }

    /**
     * Where an item without byline or lead starts, for a headline run beginning at {@code i}; -1 if there is none.
     * A photo item is a headline over a captioned photo and nothing else before the next headline: it starts at its
     * caption. In Markdown, where headlines are the page's top-level headings and intertitles sit below them, a
     * run holding a top-level heading over plain text with no byline or 本报讯 lead under it starts at that text.
     * In plain text a headline looks like an intertitle, so such an article stays in the one before.
     */
    private static int unsignedStart(List<Block> blocks, int i, int topLevel) {
        if (!headLine(blocks.get(i)) || i > 0 && headLine(blocks.get(i - 1))) {
            return -1;
        }
        int j = i;
        boolean topLevelRun = false;
        while (j < blocks.size() && headLine(blocks.get(j))) {
            topLevelRun |= blocks.get(j).isHeading() && blocks.get(j).level() == topLevel;
            j++;
        }
        if (j == blocks.size()) {
            return -1;
        }
        Block first = blocks.get(j);
        if (first.kind() == Block.Kind.CAPTION) {
            return j + 1 == blocks.size() || headLine(blocks.get(j + 1)) ? j : -1;
        }
        boolean signed = isBylineAt(blocks, j) || j + 1 < blocks.size() && isBylineAt(blocks, j + 1)
                || LinePatterns.isNewsLead(first.text());
        return topLevelRun && first.isParagraph() && !signed && !LinePatterns.isStructural(first.text()) ? j : -1;
    }

    /** A photo item's caption as a paragraph: its text without the ▲ mark and the credit line. */
    private static Block captionText(Block caption) {
        List<String> lines = caption.lines();
        boolean credited = lines.size() > 1 && BylineReader.read(lines.get(lines.size() - 1)).isPresent();
        List<String> text = new ArrayList<>(lines.subList(0, credited ? lines.size() - 1 : lines.size()));
        text.set(0, text.get(0).replaceFirst("^[▲△]\\s*", ""));
        return Block.paragraph(text, caption.sourceLine());
    }

    private static boolean isBriefsLabelAt(List<Block> blocks, int i) {
        Block block = blocks.get(i);
        return (block.isHeading() || block.isParagraph()) && BRIEFS_LABEL.matcher(block.compact()).matches()
                && i + 1 < blocks.size() && blocks.get(i + 1).isParagraph() && LinePatterns.isBullet(blocks.get(i + 1).text());
    }

    /** "（记者 王芳）" after an article's last sentence: it signs the article above, it does not start one. */
    private static boolean isClosingByline(List<Block> blocks, int i) {
        String c = blocks.get(i).compact();
        Block before = i > 0 ? blocks.get(i - 1) : null;
        return (c.startsWith("（") || c.startsWith("(")) && before != null && before.isParagraph()
                && !headLine(before) && LinePatterns.endsSentence(before.text());
    }

    /** The first paragraph under the headline above a closing byline, or -1 if no headline is found after {@code last}. */
    private static int firstBodyBlock(List<Block> blocks, int byline, int last) {
        for (int j = byline - 1; j > last; j--) {
            if (blocks.get(j).kind() != Block.Kind.CAPTION && headLine(blocks.get(j))) {
                return j + 1;
            }
        }
        return -1;
    }

    private static boolean isBylineAt(List<Block> blocks, int i) {
        return i >= 0 && blocks.get(i).isParagraph()
                && BylineReader.read(blocks.get(i).text()).filter(b -> !b.photoCredit()).isPresent();
    }

    /** Walks back from the anchor over a lead paragraph and the headline lines above it. */
    private static Head head(List<Block> blocks, int anchor, int lowerBound) {
        if (isBriefsLabelAt(blocks, anchor)) {
            return new Head(anchor, Titles.official(blocks.get(anchor).text()), null, Set.of(anchor));
        }
        boolean bylineAnchor = isBylineAt(blocks, anchor);
        Set<Integer> headBlocks = new LinkedHashSet<>();
        if (bylineAnchor) {
            headBlocks.add(anchor);
        }
        int j = anchor - 1;
        while (j >= lowerBound && blocks.get(j).kind() == Block.Kind.CAPTION) {
            j--;
        }
        int start = anchor;
        if (bylineAnchor && j - 1 >= lowerBound && blocks.get(j).isParagraph() && !headLine(blocks.get(j))
                && LinePatterns.isSubtitleLine(blocks.get(j - 1).text())) {
            start = j;
            j--;
        }
        List<Integer> lines = new ArrayList<>();
        while (j >= lowerBound) {
            Block block = blocks.get(j);
            if (block.kind() == Block.Kind.CAPTION) {
                if (!lines.isEmpty()) {
                    break; // a photo above the headline ends the head: what is above it is the article before
                }
                j--;
                continue;
            }
            if (!headLine(block)) {
                break;
            }
            lines.add(0, j);
            j--;
        }
        if (lines.size() >= 2 && isColumnLabel(blocks.get(lines.get(0)))) {
            int label = lines.remove(0);
            headBlocks.add(label);
            start = Math.min(start, label);
        }
        int main = mainHeadline(blocks, lines);
        String title = null;
        List<String> subtitles = new ArrayList<>();
        for (int index : lines) {
            String text = blocks.get(index).text();
            headBlocks.add(index);
            start = Math.min(start, index);
            if (index == main) {
                title = Titles.headline(text);
            } else {
                subtitles.add(LinePatterns.isDashLine(text) ? Titles.subtitle(text) : Titles.headline(text));
            }
        }
        if (title == null) {
            Block lead = blocks.get(bylineAnchor && anchor + 1 < blocks.size() ? anchor + 1 : anchor);
            title = Texts.firstSentence(lead.text().replaceFirst("^\\S{0,12}?(?:讯|电)\\s*", ""), 30);
        }
        // kickers and subtitles in print order: nothing of the headline run is lost
        String subtitle = subtitles.isEmpty() ? null : String.join(" ", subtitles);
        return new Head(start, title, subtitle, headBlocks);
    }

    /**
     * The block index of the headline (主题) in a headline run, -1 if every line is a "——" subtitle. Lines above it
     * are kickers (引题), lines below decks and subtitles (副题). In Markdown it is the one line of the run at the
     * top heading level; else the line right above the "——" subtitle; else the line under a kicker that ends in a
     * verb of saying ("丁绣峰调研城市更新工作时强调"); else the first line.
     */
    private static int mainHeadline(List<Block> blocks, List<Integer> lines) {
        List<Integer> headlines = lines.stream().filter(i -> !LinePatterns.isDashLine(blocks.get(i).text())).toList();
        if (headlines.size() <= 1) {
            return headlines.isEmpty() ? -1 : headlines.get(0);
        }
        int topLevel = lines.stream().map(blocks::get).filter(Block::isHeading).mapToInt(Block::level).min().orElse(0);
        List<Integer> top = headlines.stream().filter(i -> blocks.get(i).isHeading() && blocks.get(i).level() == topLevel)
                .toList();
        if (top.size() == 1 && lines.stream().anyMatch(i -> !top.contains(i))) {
            return top.get(0);
        }
        for (int k = 1; k < lines.size(); k++) {
            if (LinePatterns.isDashLine(blocks.get(lines.get(k)).text())
                    && !LinePatterns.isDashLine(blocks.get(lines.get(k - 1)).text())) {
                return lines.get(k - 1);
            }
        }
        return KICKER_END.matcher(blocks.get(headlines.get(0)).compact()).find() ? headlines.get(1) : headlines.get(0);
    }

    /** "要闻", "简讯": the page's or column's name printed above the first headline, not part of it. */
    private static boolean isColumnLabel(Block block) {
        return block.isHeading() && block.compact().length() <= MAX_COLUMN_LABEL && !LinePatterns.isDashLine(block.text());
    }

    private static boolean headLine(Block block) {
        if (block.isHeading()) {
            return true;
        }
        String text = block.text();
        return block.isParagraph() && (LinePatterns.isHeadingLike(text)
                || LinePatterns.isSubtitleLine(text));
    }
}
