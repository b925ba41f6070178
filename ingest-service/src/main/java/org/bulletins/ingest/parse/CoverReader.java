package org.bulletins.ingest.parse;

import org.bulletins.events.BulletinInfo.TocEntry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the masthead, issue numbers, publication date and table of contents printed before the documents. */
final class CoverReader {

    private static final int COVER_BLOCKS = 15;
    private static final Pattern MASTHEAD = Pattern.compile(
            "^[\\p{IsHan}]{2,24}(?:公报|政报|日报|晚报|时报|商报|周报|快报|导报|简报)$");
    /** A county paper's short name ("固阳报"), taken as the masthead only as the page's first line. */
    private static final Pattern SHORT_MASTHEAD = Pattern.compile("^[\\p{IsHan}]{2,5}(?<![汇预情捷喜通简电]报)报$");
    private static final Pattern YEAR_ISSUE = Pattern.compile("((?:19|20)\\d{2})年第(\\d{1,3}|[一二三四五六七八九十]{1,3})期");
    private static final Pattern ISSUE = Pattern.compile("(?<!总)第(\\d{1,3}|[一二三四五六七八九十]{1,3})期");
    private static final Pattern CUMULATIVE = Pattern.compile("总第(\\d{1,5})期");
    private static final Pattern YEAR_ONLY = Pattern.compile("^((?:19|20)\\d{2})年?$");
    /** What follows a publication date (…出版, …星期三, …第1版) or precedes it (出版日期：…). */
    private static final Pattern PUBLISHED_AFTER = Pattern.compile("^(?:出版|星期|周[一二三四五六日]|第\\d+版)");
    private static final Pattern PUBLISHED_BEFORE = Pattern.compile("出版日期[：:]?$");
    private static final int MAX_TOC_LINES = 200;
    private static final Pattern TOC_LEADING_PAGE = Pattern.compile("^(\\d{1,3})\\s+(\\S.*)$");
    private static final Pattern TOC_TRAILING_PAGE = Pattern.compile("^(.*?\\S)\\s*(?:[.．·…—\\-]{2,}|\\s)\\s*(\\d{1,3})$");
    /** "…的通知（5）": the page in brackets after the title. */
    private static final Pattern TOC_BRACKETED_PAGE = Pattern.compile("^(.*?\\S)\\s*[（(]\\s*(\\d{1,3})\\s*[)）]$");

    private CoverReader() {
    }

    static CoverInfo read(List<Block> blocks) {
        String masthead = masthead(blocks);
        int tocStart = tocStart(blocks);
        List<TocEntry> toc = new ArrayList<>();
        List<String> sections = new ArrayList<>();
        int contentStart = tocStart < 0 ? 0 : readToc(blocks, tocStart, toc, sections);
        int coverEnd = tocStart >= 0 ? tocStart : Math.min(blocks.size(), COVER_BLOCKS);
        Integer year = null;
        Integer issue = null;
        Integer cumulative = null;
        LocalDate published = null;
        for (int i = 0; i < coverEnd; i++) {
            String c = blocks.get(i).compact();
            if (c.length() > 80) {
                continue;
            }
            Matcher m = YEAR_ISSUE.matcher(c);
            if (m.find() && issue == null) {
                year = Integer.parseInt(m.group(1));
                issue = ChineseDates.number(m.group(2));
            }
            m = ISSUE.matcher(c);
            if (issue == null && m.find()) {
                issue = ChineseDates.number(m.group(1));
            }
            m = CUMULATIVE.matcher(c);
            if (cumulative == null && m.find()) {
                cumulative = Integer.parseInt(m.group(1));
            }
            m = YEAR_ONLY.matcher(c);
            if (year == null && m.matches()) {
                year = Integer.parseInt(m.group(1));
            }
            if (published == null) {
                published = publicationDate(c);
            }
        }
        if (issue == null) {
            year = null;
        }
        return new CoverInfo(masthead, year, issue, cumulative, published, toc, sections, contentStart);
    }

    /** 2025年1月6日出版, 二〇二五年三月二十日出版, 出版日期：2025年1月6日; null if the line states none. */
    private static LocalDate publicationDate(String compact) {
        Matcher m = ChineseDates.dates(compact);
        while (m.find()) {
            if (PUBLISHED_AFTER.matcher(compact.substring(m.end())).find()
                    || PUBLISHED_BEFORE.matcher(compact.substring(0, m.start())).find()) {
                return ChineseDates.date(m);
            }
        }
        return null;
    }

    private static String masthead(List<Block> blocks) {
        for (int i = 0; i < Math.min(blocks.size(), COVER_BLOCKS); i++) {
            // line by line: text converted without blank lines holds the masthead and its romanisation in one block
            for (String line : blocks.get(i).lines()) {
                String c = Texts.compact(line);
                if (c.length() <= 30 && MASTHEAD.matcher(c).matches() && !c.contains("关于") && !c.endsWith("通报")) {
                    return c;
                }
                if (i == 0 && SHORT_MASTHEAD.matcher(c).matches()) {
                    return c;
                }
            }
        }
        return null;
    }

    private static int tocStart(List<Block> blocks) {
        for (int i = 0; i < Math.min(blocks.size(), COVER_BLOCKS * 2); i++) {
            String c = blocks.get(i).compact();
            if (c.equals("目录") || c.equals("本期目录")) {
                return i;
            }
        }
        return -1;
    }

    /** One line of the contents pages, and the block it is in. */
    private record TocLine(String text, int block) {
    }

    /**
     * Reads entries and group headings after 目录 until the first line that is neither; returns the index of that
     * line's block. An entry's title may be wrapped onto a second line, before or after its page number.
     */
    private static int readToc(List<Block> blocks, int start, List<TocEntry> toc, List<String> sections) {
        List<TocLine> lines = tocLines(blocks, start);
        String section = null;
        String wrapped = "";
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).text();
            TocEntry entry = entry(wrapped + line, section);
            if (entry != null) {
                toc.add(entry);
                wrapped = "";
            } else if (!wrapped.isEmpty()) {
                return lines.get(i - 1).block();
            } else if (completesTitle(toc, line, i > 0 ? lines.get(i - 1).text() : "")) {
                TocEntry last = toc.remove(toc.size() - 1);
                toc.add(new TocEntry(last.section(), Titles.official(last.title() + line), last.page()));
            } else if (isSection(line) && entriesFollow(lines, i + 1)) {
                section = Titles.official(line);
                sections.add(Texts.compact(line));
            } else if (mayWrap(line) && wrapsInto(lines, i)) {
                wrapped = line;
            } else {
                return lines.get(i).block();
            }
        }
        return lines.isEmpty() ? start + 1 : lines.get(lines.size() - 1).block() + 1;
    }

    /** The lines after the contents heading, up to a heading as high as it (the first document's title). */
    private static List<TocLine> tocLines(List<Block> blocks, int start) {
        Block tocHeading = blocks.get(start);
        List<TocLine> lines = new ArrayList<>();
        for (int i = start + 1; i < blocks.size() && lines.size() < MAX_TOC_LINES; i++) {
            Block block = blocks.get(i);
            if (block.isHeading() && tocHeading.isHeading() && block.level() <= tocHeading.level()) {
                break;
            }
            for (String line : block.lines()) {
                lines.add(new TocLine(Texts.withoutEmphasis(line).strip(), i));
            }
        }
        return lines;
    }

    /** The rest of the last entry's title, wrapped after its page number: "7 …关于表彰…" then "先进个人的决定". */
    private static boolean completesTitle(List<TocEntry> toc, String line, String previous) {
        if (toc.isEmpty() || !TOC_LEADING_PAGE.matcher(previous).matches() || !mayWrap(line)) {
            return false;
        }
        String title = toc.get(toc.size() - 1).title();
        return !DocTypes.endsWithType(title) && DocTypes.endsWithType(Texts.compact(title + line));
    }

    /** Whether line {@code i} and the next one make an entry: a title wrapped before its page number. */
    private static boolean wrapsInto(List<TocLine> lines, int i) {
        return i + 1 < lines.size() && entry(lines.get(i).text() + lines.get(i + 1).text(), null) != null;
    }

    private static boolean mayWrap(String line) {
        return !LinePatterns.endsSentence(line) && Texts.compact(line).length() <= 60;
    }

    /** A group heading of the contents is followed by an entry, or by a sub-group's heading and its entry. */
    private static boolean entriesFollow(List<TocLine> lines, int index) {
        for (int i = index; i < Math.min(lines.size(), index + 2); i++) {
            String line = lines.get(i).text();
            if (entry(line, null) != null || wrapsInto(lines, i)) {
                return true;
            }
            if (!isSection(line)) {
                return false;
            }
        }
        return false;
    }

    private static boolean isSection(String line) {
        String c = Texts.compact(line);
        return c.length() >= 2 && c.length() <= 20 && !c.contains("关于") && !LinePatterns.endsSentence(c)
                && LinePatterns.numberLine(c).isEmpty();
    }

    private static TocEntry entry(String line, String section) {
        String s = line.strip();
        if (s.length() > 200) {
            return null;
        }
        Matcher leading = TOC_LEADING_PAGE.matcher(s);
        if (leading.matches()) {
            return new TocEntry(section, Titles.official(leading.group(2)), Integer.parseInt(leading.group(1)));
        }
        Matcher trailing = TOC_TRAILING_PAGE.matcher(s);
        if (!trailing.matches()) {
            trailing = TOC_BRACKETED_PAGE.matcher(s);
        }
        if (trailing.matches() && Texts.compact(trailing.group(1)).length() >= 4) {
            String title = trailing.group(1).replaceAll("[.．·…—\\-\\s]+$", "");
            return new TocEntry(section, Titles.official(title), Integer.parseInt(trailing.group(2)));
        }
        return null;
    }
}
