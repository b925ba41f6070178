package org.bulletins.ingest.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes what PDF conversion leaves in the text that is not part of any document: Mongolian-script lines of the
 * bilingual layout, emphasis marks, page numbers, running page headers and footers, the back cover, continuation
 * markers ("下转02", which become boundaries), and turns photo captions into caption blocks. Lines cut short by
 * a decoding error (U+FFFD) are kept and reported.
 */
final class NoiseCleaner {

    private static final Pattern PAGE_NUMBER = Pattern.compile("^(?:[-—–－·•]\\s*)?(?:第\\s*)?\\d{1,3}(?:\\s*页)?(?:\\s*[-—–－·•])?$");
    private static final String CONTINUATION =
            "[（(]?\\s*(?:下转|上接|转第|接第|转至第|续第)\\s*第?\\s*[A-Za-z]?\\s*(?:\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*(?:版|页)?\\s*[）)]?";
    private static final Pattern CONTINUATION_LINE = Pattern.compile("^" + CONTINUATION + "$");
    private static final Pattern CONTINUATION_END = Pattern.compile("\\s*" + CONTINUATION + "$");
    private static final Pattern CONTINUATION_START = Pattern.compile("^[（(]?\\s*(?:上接|接第)\\s*第?\\s*[A-Za-z]?\\s*\\d{1,2}\\s*(?:版|页)?\\s*[）)]?\\s*");
    /**
     * The date-and-page line printed at the top of a newspaper page, compacted: "2025年3月5日 星期三 第1版 要闻 责任编辑：…",
     * "2025年3月6日 星期四 农历乙巳年二月初七 今日8版", "2025.3.18 A03" (after the paper's name). After a weekday or
     * a page number only page furniture follows, never a sentence.
     */
    private static final Pattern PAGE_DATE_LINE = Pattern.compile(
            "^(?:\\d{4}年\\d{1,2}月\\d{1,2}日|\\d{4}[.．/]\\d{1,2}[.．/]\\d{1,2})"
                    + "(?:(?:星期[一二三四五六日天]|周[一二三四五六日])[^，。；！？]{0,60}"
                    + "|(?:第\\d{1,2}版|[A-Z]?\\d{1,2}版?)(?:[^，。；！？\\d][^，。；！？]{0,59})?)?$");
    /** A newspaper's registration line under its masthead: "国内统一连续出版物号 CN15－0004", "邮发代号 15-1". */
    private static final Pattern REGISTRATION = Pattern.compile(
            "国内统一连续出版物号|国际标准连续出版物号|邮发代号|ISSN\\s?\\d{4}|CN\\s?\\d{2}\\s?[-－—]\\s?\\d{4}");
    /** A masthead's romanisation printed under it ("GUYANG BAO"). */
    private static final Pattern ROMANISED_MASTHEAD = Pattern.compile("^[A-Z]{4,40}$");
    private static final Pattern ISSUE_MENTION = Pattern.compile("\\d{4}年|第\\d{1,3}期");
    /** A caption with its credit in brackets on the same line: "开工现场（记者 王强 摄）". */
    private static final Pattern INLINE_CREDIT = Pattern.compile("^(.{2,60}?)\\s*([（(][^（()）]{2,30}[）)])$");
    /** A caption whose credit follows its last sentence: "…土地平整作业。本报记者 王磊 摄", "…拍照。（记者 赵永峰 摄）". */
    private static final Pattern TRAILING_CREDIT = Pattern.compile(
            "^(.{4,150}[。！])\\s*([^。！]{2,24}摄|[（(][^。！（()）]{2,24}摄[）)])$");
    /** A caption marked as one: "▲工人们在生产线上分拣葵花籽。" */
    private static final Pattern CAPTION_MARK = Pattern.compile("^[▲△](?!\\s*\\d{1,2}[月日])");
    /** Lines only a website prints: its ICP or police record number, copyright line or site code. */
    private static final Pattern WEB_FOOTER = Pattern.compile("ICP备|公网安备|版权所有|网站标识码|Copyright|©");
    private static final int MAX_FOOTER = 120;
    private static final int MAX_CAPTION = 60;
    private static final int MAX_HEADER = 30;
    private static final int MAX_BACK_COVER_LINE = 80;

    private final CoverInfo cover;
    private final Warnings warnings;

    NoiseCleaner(CoverInfo cover, Warnings warnings) {
        this.cover = cover;
        this.warnings = warnings;
    }

    /** @param blocks the blocks after the cover and the table of contents */
    List<Block> clean(List<Block> blocks) {
        List<Block> cleaned = new ArrayList<>();
        for (Block block : blocks) {
            cleanLines(block, cleaned);
        }
        return runningHeaders(captions(cleaned));
    }

    private void cleanLines(Block block, List<Block> out) {
        List<String> lines = new ArrayList<>();
        boolean cut = block.truncated();
        boolean boundaryBefore = false;
        boolean boundaryAfter = false;
        boolean resumesAfter = false;
        for (String raw : block.lines()) {
            String line = withoutMongolian(raw);
            if (line == null) {
                continue;
            }
            line = Texts.withoutEmphasis(line);
            if (line.indexOf('\uFFFD') >= 0) {
                String kept = line.replaceAll("\uFFFD+$", "").strip();
                warnings.add("line " + block.sourceLine() + " " + Texts.quote(kept)
                        + " was cut short in the source (U+FFFD): the text before the cut is kept, and nothing is joined to it");
                cut |= kept.length() < line.length();
                line = kept;
            }
            if (line.isEmpty() || block.isParagraph() && isPageFurniture(line)) {
                continue;
            }
            boolean marker = line.indexOf('转') >= 0 || line.indexOf('接') >= 0;
            if (!marker || !block.isParagraph()) {
                lines.add(line);
                continue;
            }
            if (line.length() <= 200) {
                if (CONTINUATION_LINE.matcher(line).matches()) {
                    boundaryAfter = true;
                    resumesAfter = CONTINUATION_START.matcher(line).lookingAt();
                    continue;
                }
                Matcher end = CONTINUATION_END.matcher(line);
                if (end.find() && end.start() > 0) {
                    line = line.substring(0, end.start());
                    boundaryAfter = true;
                }
                Matcher start = CONTINUATION_START.matcher(line);
                if (start.find() && start.end() < line.length()) {
                    line = line.substring(start.end());
                    boundaryBefore = true;
                }
            } else {
                Matcher end = CONTINUATION_END.matcher(line.substring(line.length() - 30));
                if (end.find() && end.start() > 0) {
                    line = line.substring(0, line.length() - 30 + end.start());
                    boundaryAfter = true;
                }
            }
            lines.add(line);
        }
        if (boundaryBefore) {
            out.add(Block.resumption(block.sourceLine()));
        }
        if (!lines.isEmpty()) {
            out.add(block.withLines(lines, cut));
        }
        if (boundaryAfter) {
            out.add(resumesAfter ? Block.resumption(block.sourceLine()) : Block.boundary(block.sourceLine()));
        }
    }

    /**
     * A page number ("— 3 —"), a newspaper's date-and-page line or registration line, or a web page's footer (ICP
     * record, copyright).
     */
    private boolean isPageFurniture(String line) {
        return line.length() <= 12 && PAGE_NUMBER.matcher(line).matches()
                || line.length() <= 80 && (isPageDateLine(line) || REGISTRATION.matcher(line).find())
                || line.length() <= MAX_FOOTER && WEB_FOOTER.matcher(line).find();
    }

    /**
     * A date-and-page line; inside the page it may start with the paper's name ("包头晚报　2025.3.18　A03"), which
     * is what tells a bare dotted date apart from a date in the text.
     */
    private boolean isPageDateLine(String line) {
        String compact = Texts.compact(line);
        String masthead = cover.masthead();
        boolean named = masthead != null && compact.startsWith(masthead) && compact.length() > masthead.length();
        String rest = named ? compact.substring(masthead.length()) : compact;
        return (named || line.contains("版") || line.contains("星期")) && PAGE_DATE_LINE.matcher(rest).matches();
    }

    /** Null for a line mostly in Mongolian script (U+1800–U+18AF); otherwise the line without such characters. */
    private static String withoutMongolian(String line) {
        int mongolian = 0;
        int visible = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c >= '\u1800' && c <= '\u18AF') {
                mongolian++;
            }
            if (!Character.isWhitespace(c)) {
                visible++;
            }
        }
        if (mongolian == 0) {
            return line;
        }
        if (mongolian * 10 >= visible * 3) {
            return null;
        }
        return line.replaceAll("[\\u1800-\\u18AF]+", "");
    }

    /** A photo credit ("记者 吴杰 摄") and the short caption before it become one caption block. */
    private static List<Block> captions(List<Block> blocks) {
        List<Block> out = new ArrayList<>();
        for (Block block : blocks) {
            Block credited = block.isParagraph() && block.lines().size() == 1 ? creditedCaption(block) : null;
            if (credited != null) {
                out.add(credited);
                continue;
            }
            // ▲ also marks list items: a caption stands alone, not among ▲ items
            Block before = out.isEmpty() ? null : out.get(out.size() - 1);
            if (block.isParagraph() && block.text().length() <= MAX_CAPTION * 2
                    && CAPTION_MARK.matcher(block.text().strip()).find()
                    && !(before != null && before.isParagraph() && LinePatterns.isBullet(before.text()))) {
                out.add(Block.caption(List.of(block.text().strip()), block.sourceLine()));
                continue;
            }
            if (!block.isParagraph() || !isPhotoCredit(block.text())) {
                out.add(block);
                continue;
            }
            List<String> lines = new ArrayList<>();
            Block previous = out.isEmpty() ? null : out.get(out.size() - 1);
            if (previous != null && previous.isParagraph() && previous.text().length() <= MAX_CAPTION
                    && !LinePatterns.isStructural(previous.text())) {
                lines.add(previous.text());
                out.remove(out.size() - 1);
            }
            lines.add(block.text());
            out.add(Block.caption(lines, block.sourceLine()));
        }
        return out;
    }

    /** A caption line carrying its credit: in brackets at its end, or after its last sentence. */
    private static Block creditedCaption(Block block) {
        for (Pattern form : List.of(INLINE_CREDIT, TRAILING_CREDIT)) {
            Matcher caption = form.matcher(block.text().strip());
            if (caption.matches() && isPhotoCredit(caption.group(2))) {
                return Block.caption(List.of(caption.group(1), caption.group(2)), block.sourceLine());
            }
        }
        return null;
    }

    private static boolean isPhotoCredit(String text) {
        return BylineReader.read(text).map(BylineReader.Byline::photoCredit).orElse(false);
    }

    /**
     * Drops the masthead repeated inside the text, running headers (a short unnumbered heading that repeats, or
     * repeats a group of the table of contents, or that cuts a sentence), and the back cover: what follows a
     * masthead repeat when only short lines follow it.
     */
    private List<Block> runningHeaders(List<Block> input) {
        // Mastheads go first, so that a footer is no neighbour when a header is judged by the text around it.
        List<Integer> mastheadsAt = new ArrayList<>();
        List<Block> blocks = withoutMastheads(input, mastheadsAt);
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (headerCandidate(blocks.get(i))) {
                counts.merge(blocks.get(i).compact(), 1, Integer::sum);
            }
        }
        Map<String, Boolean> cutsSentence = new HashMap<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (headerCandidate(blocks.get(i)) && interruptsSentence(blocks, i)) {
                cutsSentence.put(blocks.get(i).compact(), true);
            }
        }
        List<Block> out = new ArrayList<>();
        int[] kept = new int[blocks.size() + 1];
        Set<String> encountered = new HashSet<>();
        for (int i = 0; i < blocks.size(); i++) {
            kept[i] = out.size();
            Block block = blocks.get(i);
            String c = textOf(block);
            if (headerCandidate(block) && !introducesNext(blocks, i)) {
                int count = counts.getOrDefault(c, 0);
                boolean header = cover.tocSections().contains(c)
                        || (block.isHeading() && count >= 2 && cutsSentence.getOrDefault(c, false))
                        || count >= 3;
                // A report or a chronicle repeats its title as the running header: its first occurrence is the title.
                boolean documentTitle = encountered.add(c) && (c.endsWith(DocTypes.CHRONICLE) || c.endsWith(DocTypes.WORK_REPORT))
                        && !interruptsSentence(blocks, i);
                if (header && !documentTitle) {
                    continue;
                }
            }
            out.add(block);
        }
        kept[blocks.size()] = out.size();
        for (int at : mastheadsAt) {
            if (isBackCover(out.subList(kept[at], out.size()))) {
                return new ArrayList<>(out.subList(0, kept[at]));
            }
        }
        return out;
    }

    /** The blocks without the masthead and its romanisation; where the masthead was repeated after some text. */
    private List<Block> withoutMastheads(List<Block> blocks, List<Integer> mastheadsAt) {
        String masthead = cover.masthead();
        if (masthead == null) {
            return blocks;
        }
        List<Block> out = new ArrayList<>();
        boolean seenText = false;
        for (Block block : blocks) {
            String c = textOf(block);
            if (!seenText && ROMANISED_MASTHEAD.matcher(c).matches()) {
                continue;
            }
            if (isMasthead(c, masthead)) {
                if (seenText && (mastheadsAt.isEmpty() || mastheadsAt.get(mastheadsAt.size() - 1) < out.size())) {
                    mastheadsAt.add(out.size());
                }
                continue;
            }
            seenText |= !c.isEmpty();
            out.add(block);
        }
        return out;
    }

    private static String textOf(Block block) {
        return block.kind() == Block.Kind.BOUNDARY || block.kind() == Block.Kind.CAPTION ? "" : block.compact();
    }

    private static boolean isMasthead(String compact, String masthead) {
        return compact.equals(masthead) || (compact.startsWith(masthead) || compact.endsWith(masthead))
                && compact.length() <= masthead.length() + 16 && ISSUE_MENTION.matcher(compact).find();
    }

    private static boolean headerCandidate(Block block) {
        if (!block.isHeading() && !block.isParagraph()) {
            return false;
        }
        if (block.lines().size() != 1 || block.lines().get(0).length() > MAX_HEADER * 3) {
            return false;
        }
        String text = block.text();
        String c = Texts.compact(text);
        return c.length() >= 2 && c.length() <= MAX_HEADER && LinePatterns.numberingLevel(c) == 0
                && !LinePatterns.endsSentence(c) && !LinePatterns.isStructural(text);
    }

    /** A signature above its date line or an issuer line above its 关于… title: it repeats, but is no header. */
    private static boolean introducesNext(List<Block> blocks, int i) {
        Block next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
        return next != null && (next.isParagraph() && ChineseDates.dateLine(next.text()).isPresent()
                || next.compact().startsWith("关于"));
    }

    /** A line between a paragraph that stops mid-sentence and the paragraph that goes on: a page top or bottom. */
    private static boolean interruptsSentence(List<Block> blocks, int i) {
        Block before = i > 0 ? blocks.get(i - 1) : null;
        Block after = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
        // A document's date line or release note ends it; what goes on after a page break is the rest of a sentence, never a
        // numbered heading or a "——" line.
        return before != null && after != null && before.isParagraph() && after.isParagraph()
                && !LinePatterns.endsSentence(before.text()) && !before.truncated()
                && !LinePatterns.isStructural(before.text())
                && LinePatterns.numberingLevel(after.compact()) == 0 && !LinePatterns.isDashLine(after.text());
    }

    /** Only short lines (publisher, address, postcode…) follow the masthead: that is the back cover. */
    private static boolean isBackCover(List<Block> tail) {
        for (Block block : tail) {
            if (block.isParagraph() && block.text().length() > MAX_BACK_COVER_LINE) {
                return false;
            }
            if (block.isParagraph() && LinePatterns.numberLine(block.text()).isPresent()) {
                return false;
            }
        }
        return true;
    }
}
