package org.bulletins.ingest.parse;

import org.bulletins.events.DocNumber;

import java.util.Optional;
import java.util.regex.Pattern;

/** The structural lines of Chinese official documents and newspapers, recognised by their form. */
final class LinePatterns {

    private static final Pattern NUMBERING_L1 = Pattern.compile(
            "^(?:[一二三四五六七八九十百]+\\s*[、.．]|第[一二三四五六七八九十百零〇\\d]+\\s*(?:部分|章|节|编|篇))");
    private static final Pattern NUMBERING_L2 = Pattern.compile("^[（(]\\s*[一二三四五六七八九十百]+\\s*[）)]");
    /**
     * 1. / 1． / 1、 — but 1.5亿 is a number and 1、2月份 a span of months; after a full-width ． or 、 a year starts
     * the item (1．2024年度…).
     */
    private static final Pattern NUMBERING_L3 = Pattern.compile("^\\d{1,2}\\s*(?:\\.(?!\\d)|[．、](?!\\d{1,2}[月日]))");
    private static final Pattern NUMBERING_L4 = Pattern.compile("^(?:[（(]\\s*\\d{1,2}\\s*[）)]|\\d{1,2}[）)]|[①-⑳])");
    private static final Pattern BULLET = Pattern.compile("^[●◆■▲★•◉]");
    private static final Pattern DASH = Pattern.compile("^(?:—{1,2}|－{1,2}|-{2}|─{1,2})\\s*[^—－\\-─\\s]");
    private static final Pattern RELEASE = Pattern.compile("^[（(]?此件(?:公开发布|主动公开|予以公开|公开|不公开|不予公开|依申请公开)[）)]?$");
    private static final Pattern ATTACHMENT_LIST = Pattern.compile("^附\\s*件\\s*[：:]");
    private static final Pattern ANNEX_MARKER = Pattern.compile("^附(?:件(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})?)?[：:]?$");
    private static final Pattern BRACKET_ONLY = Pattern.compile("^[（(][^（()）]{1,14}[）)]$");
    private static final Pattern ORG_SUFFIX = Pattern.compile(
            "(?:人民政府|政府|办公室|办公厅|委员会|管委会|常委会|党委|局|厅|部|委|院|中心|公司|集团|协会|学会|大学|学校|办事处|法院|检察院|政府办)$");
    private static final Pattern NEWS_LEAD = Pattern.compile(
            "^(?:本报讯|本报[\\p{IsHan}\\d]{0,12}(?:讯|电)|新华社[\\p{IsHan}\\d]{0,12}电)");
    private static final String SENTENCE_END = "。！？；：…!?;:";
    private static final String CLOSERS = "”’\"』」）)》";
    /** Characters a Chinese heading never ends with: a line ending in one was cut mid-sentence. */
    private static final String DANGLING = "的了和与及或在对把被将从向以为是并而但之其于各该由让使着地得所";

    private LinePatterns() {
    }

    /** 1 for 一、 and 第一部分, 2 for （一）, 3 for 1. and 4 for （1）; 0 when the text is not numbered. */
    static int numberingLevel(String text) {
        String s = text.strip();
        if (NUMBERING_L1.matcher(s).find()) {
            return 1;
        }
        if (NUMBERING_L2.matcher(s).find()) {
            return 2;
        }
        if (NUMBERING_L3.matcher(s).find()) {
            return 3;
        }
        return NUMBERING_L4.matcher(s).find() ? 4 : 0;
    }

    static boolean startsListItem(String line) {
        String s = line.strip();
        return NUMBERING_L3.matcher(s).find() || NUMBERING_L4.matcher(s).find() || BULLET.matcher(s).find();
    }

    /** Whether the text ends a sentence; a closing quote only does after a full stop (…。”). */
    static boolean endsSentence(String text) {
        String s = text.strip();
        if (s.isEmpty()) {
            return true;
        }
        char last = s.charAt(s.length() - 1);
        if (SENTENCE_END.indexOf(last) >= 0) {
            return true;
        }
        return CLOSERS.indexOf(last) >= 0 && s.length() > 1 && SENTENCE_END.indexOf(s.charAt(s.length() - 2)) >= 0;
    }

    static boolean endsDangling(String text) {
        String s = text.strip();
        return !s.isEmpty() && DANGLING.indexOf(s.charAt(s.length() - 1)) >= 0;
    }

    /** A short line standing alone like a headline or intertitle: no sentence punctuation inside, not cut off. */
    static boolean isHeadingLike(String text) {
        String compact = Texts.compact(text);
        if (compact.length() < 2 || compact.length() > 45 || text.indexOf('\t') >= 0) {
            return false;
        }
        for (char c : "，。；！？,;!?".toCharArray()) {
            if (compact.indexOf(c) >= 0) {
                return false;
            }
        }
        return !endsSentence(compact) && !endsDangling(compact) && numberingLevel(compact) == 0
                && !isStructural(text);
    }

    /** The doc-number line of an official document ("包府发〔2024〕60号"), not a number quoted in a sentence. */
    static Optional<DocNumber.Found> numberLine(String text) {
        if (text.length() > 60) {
            return Optional.empty();
        }
        String line = text.strip();
        String compact = Texts.compact(line);
        // DocNumber.find tries every position; most lines are ruled out by not ending in 号.
        if (compact.length() > 40 || !compact.endsWith("号") && !compact.endsWith("号）") && !compact.endsWith("号)")) {
            return Optional.empty();
        }
        return DocNumber.find(line).filter(found -> found.start() <= 2
                && compact.length() - Texts.compact(found.raw()).length() <= 4);
    }

    static boolean isReleaseMarker(String text) {
        return RELEASE.matcher(Texts.compact(text)).matches();
    }

    static boolean isPublicRelease(String text) {
        String compact = Texts.compact(text);
        return isReleaseMarker(compact) && !compact.contains("不公开") && !compact.contains("不予公开")
                && !compact.contains("依申请");
    }

    /** "附件：1. … 2. …": the list of a document's attachments. */
    static boolean isAttachmentList(String text) {
        return ATTACHMENT_LIST.matcher(text.strip()).find();
    }

    /** "附件1" alone on a line: the start of an annex printed after its document. */
    static boolean isAnnexMarker(String text) {
        return ANNEX_MARKER.matcher(Texts.compact(text)).matches();
    }

    static boolean isBullet(String text) {
        return BULLET.matcher(text.strip()).find();
    }

    /** "——…": a subtitle line. */
    static boolean isDashLine(String text) {
        return DASH.matcher(text.strip()).find();
    }

    /** A short "——…" line: a subtitle, not a paragraph that happens to open with a dash. */
    static boolean isSubtitleLine(String text) {
        String compact = Texts.compact(text);
        return isDashLine(text) && compact.length() <= 60 && compact.indexOf('。') < 0 && compact.indexOf('，') < 0
                && compact.indexOf('；') < 0;
    }

    /** A short fragment ending in ；，、: the rest of a line cut by a page break, e.g. "（试用期一年）；". */
    static boolean isTailFragment(String text) {
        String compact = Texts.compact(text);
        return compact.length() <= 20 && !compact.isEmpty() && "；，、;,".indexOf(compact.charAt(compact.length() - 1)) >= 0;
    }

    /** "（第二批）", "（试行）": a bracketed phrase alone on its line, usually the end of a broken title. */
    static boolean isBracketOnly(String text) {
        return BRACKET_ONLY.matcher(Texts.compact(text)).matches();
    }

    static boolean looksLikeOrg(String text) {
        String compact = Texts.compact(text);
        return compact.length() >= 2 && compact.length() <= 40 && ORG_SUFFIX.matcher(compact).find();
    }

    static boolean isNewsLead(String text) {
        return NEWS_LEAD.matcher(text.strip()).find();
    }

    /** Lines that carry metadata or structure and are never part of a running paragraph. */
    static boolean isStructural(String text) {
        if (text.length() > 80) {
            // every other structural line is short; most paragraphs stop here
            return isAttachmentList(text) || isBullet(text);
        }
        return ChineseDates.dateLine(text).isPresent() || numberLine(text).isPresent() || isReleaseMarker(text)
                || isAttachmentList(text) || isAnnexMarker(text) || isBullet(text) || isSubtitleLine(text)
                || BylineReader.read(text).isPresent() || isBracketOnly(text);
    }
}
