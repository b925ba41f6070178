package org.bulletins.search.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How query text is matched. The default combines smartcn words (precision) with single characters (recall
 * where segmentation goes wrong); the others exist to measure that choice with the evaluate command.
 */
public enum QueryDesign {
    /** Words or character phrases must match; exact title phrases and all-characters-in-title rank first. */
    WORDS_AND_CHARS,
    /** The same without the title phrase boosts. */
    NO_PHRASE_BOOST,
    /** Words and characters as the default, with its boosts, but without the government synonyms. */
    NO_SYNONYMS,
    /** smartcn words only. */
    WORDS_ONLY,
    /** Single characters only, as an engine without Chinese segmentation does. */
    CHARS_ONLY;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException naming the accepted codes */
    public static QueryDesign fromCode(String code) {
        return Arrays.stream(values()).filter(d -> d.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown query design '" + code + "': use one of "
                        + Arrays.stream(values()).map(QueryDesign::code).collect(Collectors.joining(", "))));
    }
}
