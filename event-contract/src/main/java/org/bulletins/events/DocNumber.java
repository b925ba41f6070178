package org.bulletins.events;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document number (文号) such as 包府发〔2024〕60号: issuer prefix, year and serial. Every service reads
 * it the same way, whatever brackets or separators a bulletin or a user wrote, and prints it in the
 * canonical 〔〕 form.
 */
public record DocNumber(String prefix, int year, int serial) {

    private static final String OPEN = "〔\\[［(（【〖﹝{";
    private static final String CLOSE = "〕\\]］)）】〗﹞}";
    private static final Pattern SPELLING = Pattern.compile(
            "([\\p{IsHan}A-Za-z]{1,20}?)\\s*[" + OPEN + "]?\\s*((?:19|20)\\d{2})\\s*[" + CLOSE + "]?"
                    + "\\s*[-－—–_.·]?\\s*第?\\s*(\\d{1,5})\\s*号?");

    /** Reads a whole string as a document number, e.g. a user's query 包府发2024-60. */
    public static Optional<DocNumber> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = SPELLING.matcher(text.strip());
        return m.matches() ? Optional.of(of(m)) : Optional.empty();
    }

    /** Finds a document number inside a line, e.g. 包府发〔2024〕60号 in a heading; it must end in 号. */
    public static Optional<Found> find(String line) {
        Matcher m = SPELLING.matcher(line);
        while (m.find()) {
            if (m.group().endsWith("号")) {
                return Optional.of(new Found(of(m), m.group().strip(), m.start(), m.end()));
            }
        }
        return Optional.empty();
    }

    private static DocNumber of(Matcher m) {
        return new DocNumber(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }

    /** The canonical spelling: prefix〔year〕serial号. */
    public String canonical() {
        return prefix + "〔" + year + "〕" + serial + "号";
    }

    @Override
    public String toString() {
        return canonical();
    }

    /** A document number found in text, with the spelling and position it had there. */
    public record Found(DocNumber number, String raw, int start, int end) {
    }
}
