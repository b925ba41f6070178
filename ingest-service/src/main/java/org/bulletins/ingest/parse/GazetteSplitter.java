package org.bulletins.ingest.parse;

import org.bulletins.events.BulletinInfo.TocEntry;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a gazette into its official documents and its chronicle. A document starts at a title (one heading, or
 * several heading lines of a broken title, 包头市人民政府办公室 + 关于…的通知) that is followed by a doc-number
 * line, that is listed in the table of contents, that reads 机关关于…的通知, or that is a government order (某市人民政府令
 * + 第12号). A title after an 附件 marker (an annex), quoted by the current document's title (the plan a
 * 印发…的通知 prints) or by the current order's text (the regulation it promulgates) is content of the current
 * document, not a new one.
 */
final class GazetteSplitter {

    private static final int MAX_TITLE = 150;
    private static final Pattern PRINTING = Pattern.compile("印发|转发|公布|发布|现将|现予");
    /** Text before the first document beyond this many characters is kept as a document of its own. */
    private static final int MAX_LEADING_TEXT = 200;

    private final List<TocEntry> toc;

    GazetteSplitter(List<TocEntry> toc) {
        this.toc = toc;
    }

    private record Start(int index, int contentStart, String title, DocumentDraft.Form form) {
    }

    /** The documents found; empty when there is no recognisable official document. */
    List<DocumentDraft> split(List<Block> blocks, Warnings warnings) {
        List<Start> starts = new ArrayList<>();
        int i = 0;
        while (i < blocks.size()) {
            Block block = blocks.get(i);
            if (!titleCandidate(block)) {
                i++;
                continue;
            }
            int end = titleEnd(blocks, i);
            String title = Titles.official(Titles.joined(blocks, i, end));
            Start current = starts.isEmpty() ? null : starts.get(starts.size() - 1);
            DocumentDraft.Form form = decide(blocks, i, end, title, current);
            if (form == null) {
                i++;
                continue;
            }
            int startIndex = i;
            if (i > 0 && LinePatterns.numberLine(blocks.get(i - 1).text()).isPresent()
                    && !hasNumberAfter(blocks, end) && (current == null || current.contentStart() < i - 1)) {
                startIndex = i - 1;
            }
            starts.add(new Start(startIndex, end, title, form));
            i = end;
        }
        List<DocumentDraft> drafts = new ArrayList<>();
        if (!starts.isEmpty()) {
            List<Block> leading = blocks.subList(0, starts.get(0).index());
            int characters = leading.stream().filter(Block::isParagraph).mapToInt(b -> b.text().length()).sum();
            if (characters > MAX_LEADING_TEXT) {
                // Never lose text: what the rules could not place becomes a document, and the bulletin says so.
                DocumentDraft draft = DocumentDraft.generic(leading, "未识别的内容");
                drafts.add(draft);
                warnings.add(characters + " characters before the first recognised document are kept as the document '"
                        + draft.title() + "': check the bulletin's layout");
            }
        }
        for (int s = 0; s < starts.size(); s++) {
            Start start = starts.get(s);
            int contentEnd = s + 1 < starts.size() ? starts.get(s + 1).index() : blocks.size();
            List<Block> content = new ArrayList<>();
            if (start.index() < start.contentStart() - 1 && start.index() + 1 < blocks.size()
                    && !titleCandidate(blocks.get(start.index()))) {
                content.add(blocks.get(start.index()));
            }
            content.addAll(blocks.subList(Math.min(start.contentStart(), contentEnd), contentEnd));
            drafts.add(switch (start.form()) {
                case REPORT -> WorkReportParser.draft(start.title(), content);
                case ORDER -> GovernmentOrders.draft(start.title(), content);
                default -> DocumentDraft.of(start.form(), start.title(), content);
            });
        }
        return drafts;
    }

    private static boolean titleCandidate(Block block) {
        String text = block.text();
        if (text.length() > MAX_TITLE * 2 || LinePatterns.numberingLevel(text) > 0 || LinePatterns.isStructural(text)) {
            return false;
        }
        if (block.isHeading()) {
            return Texts.compact(text).length() <= MAX_TITLE;
        }
        String c = block.compact();
        return block.isParagraph() && c.length() <= 100 && c.indexOf('。') < 0 && c.indexOf('；') < 0
                && (DocTypes.endsWithType(c) || LinePatterns.looksLikeOrg(c));
    }

    /** The end (exclusive) of a title broken over several lines: issuer line + 关于… line, or a bracketed tail. */
    private static int titleEnd(List<Block> blocks, int start) {
        StringBuilder title = new StringBuilder(blocks.get(start).compact());
        boolean heading = blocks.get(start).isHeading();
        int end = start + 1;
        while (end < blocks.size() && title.length() <= MAX_TITLE) {
            Block next = blocks.get(end);
            String c = next.compact();
            boolean sameKind = next.isHeading() == heading && (next.isHeading() || next.isParagraph());
            boolean issuerThenAbout = LinePatterns.looksLikeOrg(title.toString()) && c.startsWith("关于")
                    && !title.toString().contains("关于");
            boolean unfinished = title.indexOf("关于") >= 0 && !DocTypes.endsWithType(title.toString())
                    && !c.contains("关于") && DocTypes.endsWithType(c) && next.isHeading() && heading;
            // （2025年修订） completes a title; （2025年4月29日） under it is the date it was made
            boolean bracketTail = next.isParagraph() && LinePatterns.isBracketOnly(c) && ChineseDates.first(c).isEmpty();
            if (sameKind && LinePatterns.numberingLevel(c) == 0 && (issuerThenAbout || unfinished) || bracketTail) {
                title.append(c);
                end++;
                continue;
            }
            break;
        }
        return end;
    }

    private DocumentDraft.Form decide(List<Block> blocks, int start, int end, String title, Start current) {
        String c = Texts.compact(title);
        boolean heading = blocks.get(start).isHeading();
        if (hasNumberAfter(blocks, end)) {
            return DocumentDraft.Form.OFFICIAL;
        }
        if (c.endsWith(DocTypes.CHRONICLE) && c.length() <= 40) {
            return current != null && current.form() == DocumentDraft.Form.CHRONICLE ? null : DocumentDraft.Form.CHRONICLE;
        }
        if (GovernmentOrders.startsAt(title, blocks, end)) {
            // Right under a document's title, the order heading promulgates that document: it is no new one.
            return current != null && current.contentStart() == start ? null : DocumentDraft.Form.ORDER;
        }
        boolean annex = start > 0 && LinePatterns.isAnnexMarker(blocks.get(start - 1).text());
        // A document printed by the current one: its title is in the current title (印发《…》的通知) or quoted
        // in 《》 by the current text (an order's regulation, the opinion a 转发 notice forwards).
        boolean quoted = current != null && (Texts.fold(current.title()).contains(Texts.fold(title))
                || current.form() == DocumentDraft.Form.ORDER
                        ? GovernmentOrders.beginsPromulgated(blocks.subList(current.contentStart(), start), title)
                        : printsQuoted(blocks.subList(current.contentStart(), start), title));
        if (annex || quoted) {
            return null;
        }
        boolean listed = toc.stream().anyMatch(entry -> TocChecker.matches(entry.title(), title));
        if (listed || heading && c.contains("关于") && DocTypes.endsWithType(c)) {
            return c.endsWith(DocTypes.WORK_REPORT) ? DocumentDraft.Form.REPORT : DocumentDraft.Form.OFFICIAL;
        }
        return null;
    }

    /** "现将《X》印发/转发给你们": the current document prints X; merely citing 《X》 does not. */
    private static boolean printsQuoted(List<Block> content, String title) {
        return GovernmentOrders.promulgates(content.stream().filter(b -> PRINTING.matcher(b.text()).find()).toList(), title);
    }

    /** A doc-number line right after the title (possibly after one subtitle-like line). */
    private static boolean hasNumberAfter(List<Block> blocks, int end) {
        for (int i = end; i < Math.min(blocks.size(), end + 2); i++) {
            Block block = blocks.get(i);
            if (block.isParagraph() && LinePatterns.numberLine(block.text()).isPresent()) {
                return true;
            }
            if (block.isHeading() || block.text().length() > 40) {
                return false;
            }
        }
        return false;
    }
}
