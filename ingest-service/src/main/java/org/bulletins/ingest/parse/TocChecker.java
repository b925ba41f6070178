package org.bulletins.ingest.parse;

import org.bulletins.events.BulletinInfo.TocEntry;
import org.bulletins.events.ParsedDocument;

import java.util.List;
import java.util.regex.Pattern;

/** Compares a gazette's table of contents with the documents found; a disagreement is reported, never fatal. */
final class TocChecker {

    /** "(市政府令第12号)" after a contents title: the number the document was published under. */
    private static final Pattern NUMBER_NOTE = Pattern.compile("\\([^()]*号\\)$");
    private static final Pattern DATE_PREFIX = Pattern.compile("^[\\d年月日至到—\\-－~～()]+$");

    private TocChecker() {
    }

    /**
     * Whether a contents line names a document: the same title (brackets and spaces aside), the title after a
     * period ("2024年12月1日至12月31日" + 政府大事记), the title without its issuer (关于…的通知), or the title followed
     * by the number it was published under (某办法（市政府令第12号）), or followed by its "——" subtitle.
     */
    static boolean matches(String entryTitle, String documentTitle) {
        String entry = Texts.fold(entryTitle);
        String title = Texts.fold(documentTitle);
        if (entry.isEmpty() || title.isEmpty()) {
            return false;
        }
        if (entry.equals(title) || NUMBER_NOTE.matcher(entry).replaceFirst("").equals(title)) {
            return true;
        }
        // 政府工作报告——2025年1月16日在…会议上: a report listed with its subtitle
        int dash = entry.indexOf("——");
        if (dash > 0 && entry.substring(0, dash).equals(title)) {
            return true;
        }
        if (title.length() >= 3 && entry.endsWith(title)
                && DATE_PREFIX.matcher(entry.substring(0, entry.length() - title.length())).matches()) {
            return true;
        }
        return entry.startsWith("关于") && title.endsWith(entry);
    }

    static void check(List<TocEntry> toc, List<ParsedDocument> documents, Warnings warnings) {
        if (toc.isEmpty()) {
            return;
        }
        for (TocEntry entry : toc) {
            // An order is listed twice: as 某市人民政府令（第8号）, its subtitle, and as the regulation, its title.
            if (documents.stream().noneMatch(d -> matches(entry.title(), d.title())
                    || d.subtitle() != null && matches(entry.title(), d.subtitle()))) {
                warnings.add("the table of contents lists '" + entry.title() + "'"
                        + (entry.page() == null ? "" : " (page " + entry.page() + ")")
                        + " but no such document was found");
            }
        }
        for (ParsedDocument document : documents) {
            if (toc.stream().noneMatch(e -> matches(e.title(), document.title()))) {
                warnings.add("the document '" + document.title() + "' is not in the table of contents");
            }
        }
    }
}
