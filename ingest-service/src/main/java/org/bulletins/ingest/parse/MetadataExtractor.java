package org.bulletins.ingest.parse;

import org.bulletins.events.DocNumber;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the metadata an official document carries in its layout: the doc-number line under the title, the
 * addressees line ending in "：", the issuer (the title's prefix before 关于, else the signature above the date),
 * the date line (成文日期), "附件：1. … 2. …", and "（此件公开发布）".
 */
final class MetadataExtractor {

    private static final Pattern ADDRESSEE_WORDS = Pattern.compile(
            "^各|政府|委员会|管委会|部门|单位|局|厅|委|办|院|公司|企业|学校|街道|乡|镇|机关|组织");
    private static final Pattern ITEM_NUMBER = Pattern.compile("(?:^|\\s+|(?<=[；;。]))\\d{1,2}\\s*[.．、]\\s*");
    private static final Pattern ATTACHMENT_PREFIX = Pattern.compile("^附\\s*件\\s*[：:]\\s*");
    private static final int MAX_ISSUER = 40;
    /** The place an issuer's name starts with: 内蒙古自治区, 包头市, 固阳县 … */
    private static final Pattern PLACE = Pattern.compile("^[\\p{IsHan}]{2,8}?(?:自治区|省|市|县|旗|区|盟|州)");

    private MetadataExtractor() {
    }

    /** The metadata of an official document; {@code body} is its content without the doc-number line. */
    record Metadata(DocNumber.Found number, String issuer, LocalDate issuedDate, List<String> addressees,
                    List<String> attachments, boolean publicRelease, List<Block> body) {
    }

    static Metadata read(String title, List<Block> content) {
        int numberAt = -1;
        DocNumber.Found number = null;
        for (int i = 0; i < Math.min(3, content.size()); i++) {
            Optional<DocNumber.Found> found = content.get(i).isParagraph()
                    ? LinePatterns.numberLine(content.get(i).text()) : Optional.empty();
            if (found.isPresent()) {
                numberAt = i;
                number = found.get();
                break;
            }
        }
        List<Block> body = new ArrayList<>(content);
        if (numberAt >= 0) {
            body.remove(numberAt);
        }
        return new Metadata(number, issuer(title, body), issuedDate(body), addressees(body), attachments(body),
                body.stream().anyMatch(b -> b.isParagraph() && LinePatterns.isPublicRelease(b.text())), body);
    }

    private static List<String> addressees(List<Block> body) {
        Block first = body.stream().filter(b -> b.kind() != Block.Kind.CAPTION).findFirst().orElse(null);
        if (first == null || !first.isParagraph()) {
            return List.of();
        }
        String text = Texts.compact(first.text());
        // "…现通告如下：" ends like an address line but is a sentence
        if (text.length() > 200 || !(text.endsWith("：") || text.endsWith(":")) || text.indexOf('。') >= 0
                || text.indexOf('《') >= 0
                || LinePatterns.numberingLevel(text) > 0 || !ADDRESSEE_WORDS.matcher(text).find()) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (String part : text.substring(0, text.length() - 1).split("[，,；;]")) {
            if (!part.isBlank()) {
                names.add(part.strip());
            }
        }
        return names;
    }

    private static LocalDate issuedDate(List<Block> body) {
        for (Block block : body) {
            if (block.isParagraph()) {
                Optional<ChineseDates.DateLine> line = ChineseDates.dateLine(block.text());
                if (line.isPresent()) {
                    return line.get().date();
                }
            }
        }
        // A list or a regulation may carry its date under the title instead: （2025年4月29日）
        if (!body.isEmpty() && body.get(0).isParagraph() && LinePatterns.isBracketOnly(body.get(0).compact())) {
            return ChineseDates.first(body.get(0).compact()).orElse(null);
        }
        return null;
    }

    /** The title's prefix before 关于; else the signature (on the date line or just above it). */
    private static String issuer(String title, List<Block> body) {
        String compact = Texts.compact(title);
        int about = compact.indexOf("关于");
        if (about > 1 && about <= MAX_ISSUER) {
            // 某办公厅转发某委关于…的通知 is issued by the office that forwards it
            int forwards = compact.indexOf("转发");
            return jointIssuers(forwards > 1 && forwards < about ? compact.substring(0, forwards) : compact.substring(0, about));
        }
        for (int i = 0; i < body.size(); i++) {
            Block block = body.get(i);
            Optional<ChineseDates.DateLine> line = block.isParagraph() ? ChineseDates.dateLine(block.text()) : Optional.empty();
            if (line.isEmpty()) {
                continue;
            }
            if (line.get().signature() != null) {
                return line.get().signature();
            }
            Block before = i > 0 ? body.get(i - 1) : null;
            if (before != null && before.isParagraph() && LinePatterns.looksLikeOrg(before.text())) {
                return Texts.compact(before.text());
            }
            return null;
        }
        return null;
    }

    /** Bodies issuing jointly, written one after the other: 某自治区财政厅某自治区农牧厅 → 某自治区财政厅、某自治区农牧厅. */
    static String jointIssuers(String issuer) {
        Matcher place = PLACE.matcher(issuer);
        if (place.find()) {
            int next = issuer.indexOf(place.group(), place.end());
            if (next > 0 && LinePatterns.looksLikeOrg(issuer.substring(0, next))) {
                return issuer.substring(0, next) + "、" + jointIssuers(issuer.substring(next));
            }
        }
        return issuer;
    }

    /** "附件：1. … 2. …" (items may follow as their own lines or paragraphs); else the titles of printed annexes. */
    static List<String> attachments(List<Block> body) {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            Block block = body.get(i);
            if (!block.isParagraph() || !LinePatterns.isAttachmentList(block.text())) {
                continue;
            }
            List<String> lines = new ArrayList<>(block.lines());
            String first = ATTACHMENT_PREFIX.matcher(lines.get(0).strip()).replaceFirst("");
            lines.set(0, first);
            // "附件：1. …" goes on with "2. …" lines; "附件：<one title>" is followed by the annex's own items.
            boolean numbered = first.isBlank() || LinePatterns.numberingLevel(first) == 3;
            for (int j = i + 1; numbered && j < body.size() && body.get(j).isParagraph(); j++) {
                String next = body.get(j).text();
                if (LinePatterns.numberingLevel(next) != 3 || next.length() > 80) {
                    break;
                }
                lines.add(next);
            }
            for (String line : lines) {
                for (String item : ITEM_NUMBER.split(line)) {
                    String cleaned = item.strip().replaceAll("[；;。，,]+$", "");
                    if (!cleaned.isEmpty()) {
                        items.add(Titles.official(cleaned));
                    }
                }
            }
            if (!items.isEmpty()) {
                return items;
            }
            // "附件：" alone: the annex's title follows it, as after any annex marker
        }
        for (int i = 0; i + 1 < body.size(); i++) {
            if (body.get(i).isParagraph() && LinePatterns.isAnnexMarker(body.get(i).text())
                    && body.get(i + 1).text().length() <= 80) {
                items.add(Titles.official(body.get(i + 1).text()));
            }
        }
        return items;
    }
}
