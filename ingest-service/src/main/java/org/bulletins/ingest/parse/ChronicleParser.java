package org.bulletins.ingest.parse;

import org.bulletins.events.ParsedDocument.ChronicleEntry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A chronicle (大事记): its dated items ("●12月1日，…", with the paragraphs that follow each) become entries with
 * full dates. The year comes from the entry itself, the period line under the heading, the heading or the
 * contents line, or the issue. An entry spanning days (12月1日至3日) is dated by its first day; one without a
 * day (12月上旬) gets no date rather than a wrong one. Under month headings ("1月"), entries may give the day
 * only ("●3日，…").
 */
final class ChronicleParser {

    private static final Pattern ENTRY_DATE = Pattern.compile(
            "^(?:((?:19|20)\\d{2})年)?(\\d{1,2}|[一二三四五六七八九十]{1,3})月(?:(\\d{1,2}|[一二三四五六七八九十]{1,3})日)?");
    private static final Pattern DAY_ONLY = Pattern.compile("^(\\d{1,2}|[一二三四五六七八九十]{1,3})日");
    private static final Pattern MONTH_HEADING = Pattern.compile(
            "^(?:((?:19|20)\\d{2})年)?(\\d{1,2}|[一二三四五六七八九十]{1,3})月份?$");
    private static final Pattern PERIOD = Pattern.compile(
            "((?:19|20)\\d{2})年(\\d{1,2})月(?:\\d{1,2}日)?(?:\\s*[至到—\\-－~～]+\\s*(?:((?:19|20)\\d{2})年)?(\\d{1,2})月)?");
    private static final Pattern DATED_PARAGRAPH = Pattern.compile("^(?:(?:19|20)\\d{2}年)?\\d{1,2}月\\d{1,2}日");

    private ChronicleParser() {
    }

    /** The chronicle's dates: its period when stated, else the year it belongs to. */
    record Period(Integer startYear, Integer startMonth, Integer endYear) {

        static Period of(String text, Integer fallbackYear) {
            Matcher m = text == null ? null : PERIOD.matcher(Texts.compact(text));
            if (m == null || !m.find()) {
                return new Period(fallbackYear, null, fallbackYear);
            }
            int start = Integer.parseInt(m.group(1));
            int end = m.group(3) != null ? Integer.parseInt(m.group(3)) : start;
            return new Period(start, Integer.parseInt(m.group(2)), end);
        }

        /** The year of a month: in a period crossing new year, months before the start month are the next year. */
        Integer yearOf(int month) {
            if (startMonth != null && endYear != null && !endYear.equals(startYear) && month < startMonth) {
                return endYear;
            }
            return startYear;
        }
    }

    /** Result of reading a chronicle's content. */
    record Chronicle(String subtitle, List<ChronicleEntry> entries, List<Block> body) {
    }

    /**
     * @param context text that may state the period: the heading, then the matching contents line
     * @param issueYear the year of the issue, used when nothing else states one
     */
    static Chronicle parse(List<Block> content, List<String> context, Integer issueYear) {
        List<Block> body = new ArrayList<>();
        String subtitle = null;
        for (Block block : content) {
            String c = block.compact();
            if (block.isHeading() && c.endsWith(DocTypes.CHRONICLE)) {
                continue;
            }
            if (subtitle == null && body.isEmpty() && block.isParagraph() && c.length() <= 40
                    && PERIOD.matcher(c).find() && !LinePatterns.isBullet(c)) {
                subtitle = block.text();
                continue;
            }
            body.add(block);
        }
        Period period = Period.of(subtitle, null);
        for (String text : context) {
            if (period.startYear() == null) {
                period = Period.of(text, null);
            }
        }
        if (period.startYear() == null) {
            period = new Period(issueYear, null, issueYear);
        }
        return new Chronicle(subtitle == null ? null : Texts.singleSpaced(subtitle), entries(body, period), body);
    }

    private static List<ChronicleEntry> entries(List<Block> body, Period period) {
        boolean bullets = body.stream().anyMatch(b -> b.isParagraph() && LinePatterns.isBullet(b.text()));
        List<ChronicleEntry> entries = new ArrayList<>();
        LocalDate date = null;
        StringBuilder text = null;
        Integer headingYear = null;
        Integer headingMonth = null;
        for (Block block : body) {
            Matcher month = MONTH_HEADING.matcher(block.compact());
            if (month.matches() && ChineseDates.number(month.group(2)) != null) {
                headingYear = month.group(1) == null ? null : Integer.valueOf(month.group(1));
                headingMonth = ChineseDates.number(month.group(2));
                continue;
            }
            if (!block.isParagraph()) {
                continue;
            }
            String paragraph = block.text().strip();
            boolean starts = bullets ? LinePatterns.isBullet(paragraph)
                    : DATED_PARAGRAPH.matcher(Texts.compact(paragraph)).find();
            if (starts) {
                if (text != null) {
                    entries.add(new ChronicleEntry(date, text.toString()));
                }
                String item = bullets ? paragraph.substring(1).strip() : paragraph;
                date = dateOf(item, period, headingYear, headingMonth);
                text = new StringBuilder(item);
            } else if (text != null) {
                text.append("\n\n").append(paragraph);
            }
        }
        if (text != null) {
            entries.add(new ChronicleEntry(date, text.toString()));
        }
        return entries;
    }

    private static LocalDate dateOf(String item, Period period, Integer headingYear, Integer headingMonth) {
        String c = Texts.compact(item);
        Matcher m = ENTRY_DATE.matcher(c);
        if (!m.find()) {
            Matcher day = DAY_ONLY.matcher(c);
            if (headingMonth == null || !day.find()) {
                return null;
            }
            return ChineseDates.of(headingYear != null ? headingYear : period.yearOf(headingMonth), headingMonth,
                    ChineseDates.number(day.group(1)));
        }
        if (m.group(3) == null) {
            return null;
        }
        Integer month = ChineseDates.number(m.group(2));
        Integer day = ChineseDates.number(m.group(3));
        if (month == null) {
            return null;
        }
        Integer year = m.group(1) != null ? Integer.valueOf(m.group(1))
                : headingYear != null && month.equals(headingMonth) ? headingYear : period.yearOf(month);
        return ChineseDates.of(year, month, day);
    }
}
