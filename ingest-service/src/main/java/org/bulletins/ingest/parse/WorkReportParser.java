package org.bulletins.ingest.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A government work report: one document titled 政府工作报告, its date-and-meeting line ("——2024年1月17日在…
 * 人民代表大会第三次会议上") as subtitle and meeting date, and the speaker ("包头市人民政府市长 张锐") as author,
 * whose government is the issuer.
 */
final class WorkReportParser {

    private static final Pattern PLACE = Pattern.compile("在([\\p{IsHan}]{2,20}?)第[\\p{IsHan}\\d]{1,5}届人民代表大会");
    private static final Pattern MEETING = Pattern.compile("人民代表大会|会议|大会");
    private static final Pattern MEETING_END = Pattern.compile("上[）)]?$");
    /** A place's name alone: 包头市, 九原区, 达尔罕茂明安联合旗. */
    private static final Pattern PLACE_LINE = Pattern.compile("^[\\p{IsHan}]{2,12}(?:市|县|旗|区|盟|州|自治区|省)$");
    /** Brackets around a meeting date on a line of its own: （2025年1月10日）. */
    private static final Pattern DATE_BRACKETS = Pattern.compile("^[（(]|[）)]$");
    /** How many blocks after the title may hold the subtitle, the speaker and the date. */
    private static final int HEAD_BLOCKS = 5;

    private WorkReportParser() {
    }

    /** Index of the report's title among the first blocks, or -1. */
    static int titleIndex(List<Block> blocks, int within) {
        for (int i = 0; i < Math.min(within, blocks.size()); i++) {
            Block block = blocks.get(i);
            String c = block.compact();
            if ((block.isHeading() || block.isParagraph()) && namesAReport(c) && !c.contains("关于")) {
                return i;
            }
        }
        return -1;
    }

    static DocumentDraft parse(List<Block> blocks) {
        int title = Math.max(0, titleIndex(blocks, blocks.size()));
        String heading = Titles.official(blocks.get(title).text());
        // "# 达尔罕茂明安联合旗" / "# 政府工作报告": the place printed above is the title's first line
        if (title > 0 && blocks.get(title).isHeading() && blocks.get(title - 1).isHeading()
                && PLACE_LINE.matcher(blocks.get(title - 1).compact()).matches()) {
            heading = blocks.get(title - 1).compact() + heading;
        }
        return draft(heading, blocks.subList(title + 1, blocks.size()));
    }

    /** Reads the subtitle and speaker lines that follow a report's title. */
    static DocumentDraft draft(String title, List<Block> afterTitle) {
        String subtitle = null;
        LocalDate date = null;
        String issuer = null;
        List<String> authors = new ArrayList<>();
        int next = 0;
        for (int i = 0; i < Math.min(HEAD_BLOCKS, afterTitle.size()); i++) {
            Block block = afterTitle.get(i);
            String text = block.text();
            // A subtitle broken over two lines: ——2025年1月8日在呼和浩特市新城区 / 第十届人民代表大会第五次会议上
            if (subtitle == null && isSubtitleStart(text) && !endsMeeting(text) && i + 1 < afterTitle.size()
                    && afterTitle.get(i + 1).isParagraph() && afterTitle.get(i + 1).compact().length() <= 40
                    && endsMeeting(text + afterTitle.get(i + 1).compact())
                    && isMeetingLine(text + afterTitle.get(i + 1).compact())) {
                text = text.strip() + afterTitle.get(i + 1).compact();
                i++;
            }
            if (subtitle == null && isMeetingLine(text)) {
                subtitle = Titles.subtitle(text);
                date = ChineseDates.first(Texts.compact(subtitle)).orElse(date);
                next = i + 1;
                continue;
            }
            String compact = block.compact();
            Optional<LocalDate> alone = date == null && block.isParagraph() ? dateAlone(compact) : Optional.empty();
            if (alone.isPresent()) {
                date = alone.get();
                next = i + 1;
                continue;
            }
            Optional<Signer> speaker = block.isParagraph() ? Signer.read(text) : Optional.empty();
            if (speaker.isPresent() && authors.isEmpty()) {
                issuer = speaker.get().government();
                authors.add(speaker.get().name());
                next = i + 1;
                continue;
            }
            break;
        }
        if (issuer == null && subtitle != null) {
            Matcher place = PLACE.matcher(Texts.compact(subtitle));
            if (place.find()) {
                issuer = place.group(1) + "人民政府";
            }
        }
        // The page header of a report repeats its title ("政府工作报告", "2025年某区政府工作报告"), once a page.
        List<Block> body = afterTitle.subList(next, afterTitle.size()).stream()
                .filter(b -> !(b.lines().size() == 1 && namesAReport(b.compact())))
                .toList();
        return new DocumentDraft(DocumentDraft.Form.REPORT, title, subtitle, issuer, date, authors, body);
    }

    private static boolean isMeetingLine(String text) {
        return isSubtitleStart(text) && Texts.compact(text).length() <= 80 && MEETING.matcher(Texts.compact(text)).find();
    }

    /** A short line naming a work report: the report's title, or its page header. */
    private static boolean namesAReport(String compact) {
        return compact.length() <= 30 && compact.endsWith(DocTypes.WORK_REPORT);
    }

    /** A meeting line ends "…会议上", "…会议上）" or "…大会上". */
    private static boolean endsMeeting(String text) {
        return MEETING_END.matcher(Texts.compact(text)).find();
    }

    private static boolean isSubtitleStart(String text) {
        String c = Texts.compact(text);
        return LinePatterns.isDashLine(text) || c.startsWith("（") || c.startsWith("(");
    }

    /** The meeting date on a line of its own, bracketed or not: （2025年1月10日）, 二〇二五年一月八日. */
    private static Optional<LocalDate> dateAlone(String compact) {
        return ChineseDates.dateLine(DATE_BRACKETS.matcher(compact).replaceAll(""))
                .filter(line -> line.signature() == null).map(ChineseDates.DateLine::date);
    }
}
