package org.bulletins.ingest.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as Chinese bulletins write them: 2024年12月24日 or 二〇二四年十二月二十四日. */
final class ChineseDates {

    private static final String CN = "〇零○Ｏ一二三四五六七八九十";
    private static final String YEAR = "((?:19|20)\\d{2}|[" + CN + "]{4})";
    private static final String PART = "(\\d{1,2}|[" + CN + "]{1,3})";
    private static final Pattern DATE = Pattern.compile(YEAR + "\\s*年\\s*" + PART + "\\s*月\\s*" + PART + "\\s*日");

    private ChineseDates() {
    }

    /** A date line: the whole paragraph is a date, optionally after a signature (包头市人民政府 2024年12月24日). */
    record DateLine(LocalDate date, String signature) {
    }

    static Optional<DateLine> dateLine(String text) {
        String compact = Texts.compact(text);
        if (compact.length() > 60 || compact.indexOf('年') < 0 || compact.indexOf('日') < 0) {
            return Optional.empty();
        }
        Matcher m = DATE.matcher(compact);
        while (m.find()) {
            if (m.end() == compact.length()) {
                String prefix = compact.substring(0, m.start());
                if (prefix.isEmpty() || LinePatterns.looksLikeOrg(prefix)) {
                    return Optional.of(new DateLine(date(m), prefix.isEmpty() ? null : prefix));
                }
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Every full date in a text, for callers that look at what surrounds one (…出版, 出版日期：…). */
    static Matcher dates(String text) {
        return DATE.matcher(text);
    }

    /** The first full date in a text, e.g. the meeting date in "——2024年1月17日在…会议上". */
    static Optional<LocalDate> first(String text) {
        Matcher m = DATE.matcher(text);
        return m.find() ? Optional.ofNullable(date(m)) : Optional.empty();
    }

    /** The date a match of {@link #dates} found, or null when its numbers make no date. */
    static LocalDate date(Matcher m) {
        return of(number(m.group(1)), number(m.group(2)), number(m.group(3)));
    }

    /** A valid date, or null for numbers that do not make one (2月30日). */
    static LocalDate of(Integer year, Integer month, Integer day) {
        if (year == null || month == null || day == null) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** Arabic digits, a digit-by-digit year (二〇二四) or a Chinese numeral up to 99 (二十四); null if neither. */
    static Integer number(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        if (text.chars().allMatch(Character::isDigit)) {
            return text.length() > 6 ? null : Integer.parseInt(text);
        }
        if (text.indexOf('十') < 0) {
            int value = 0;
            for (char c : text.toCharArray()) {
                int digit = digit(c);
                if (digit < 0) {
                    return null;
                }
                value = value * 10 + digit;
            }
            return value;
        }
        int ten = text.indexOf('十');
        int tens = ten == 0 ? 1 : digit(text.charAt(0));
        int units = ten == text.length() - 1 ? 0 : digit(text.charAt(text.length() - 1));
        if (tens < 0 || units < 0 || text.length() > 3) {
            return null;
        }
        return tens * 10 + units;
    }

    private static int digit(char c) {
        return switch (c) {
            case '〇', '零', '○', 'Ｏ' -> 0;
            case '一' -> 1;
            case '二' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> -1;
        };
    }
}
