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
    private static final Pattern TOC_LEADING_PAGE = Pattern.compile("^(\\d{1,3})\\s+(\\S.*)$");
    private static final Pattern TOC_TRAILING_PAGE = Pattern.compile("^(.*?\\S)\\s*(?:[.．·…—\\-]{2,}|\\s)\\s*(\\d{1,3})$");

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

    /** Reads entries and group headings after 目录 until the first line that is neither; returns that block's index. */
    private static int readToc(List<Block> blocks, int start, List<TocEntry> toc, List<String> sections) {
        Block tocHeading = blocks.get(start);
        String section = null;
        int i = start + 1;
        for (; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (block.kind() == Block.Kind.HEADING) {
                if (tocHeading.isHeading() && block.level() <= tocHeading.level()) {
                    break;
                }
                String title = Titles.official(block.text());
                if (!isSection(title, blocks, i)) {
                    break;
                }
                section = title;
                sections.add(Texts.compact(title));
                continue;
            }
            boolean consumed = true;
            for (String line : block.lines()) {
                TocEntry entry = entry(line, section);
                if (entry != null) {
                    toc.add(entry);
                } else if (isSection(line, blocks, i) && block.lines().size() == 1) {
                    section = Titles.official(line);
                    sections.add(Texts.compact(line));
                } else {
                    consumed = false;
                    break;
                }
            }
            if (!consumed) {
                break;
            }
        }
        return i;
    }

    private static boolean isSection(String line, List<Block> blocks, int index) {
        String c = Texts.compact(line);
        boolean titleFollows = index + 1 < blocks.size() && LinePatterns.numberLine(blocks.get(index + 1).text()).isPresent();
        return c.length() >= 2 && c.length() <= 20 && !c.contains("关于") && !titleFollows
                && !LinePatterns.endsSentence(c) && LinePatterns.numberLine(c).isEmpty();
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
        if (trailing.matches() && Texts.compact(trailing.group(1)).length() >= 4) {
            String title = trailing.group(1).replaceAll("[.．·…—\\-\\s]+$", "");
            return new TocEntry(section, Titles.official(title), Integer.parseInt(trailing.group(2)));
        }
        return null;
    }
}
