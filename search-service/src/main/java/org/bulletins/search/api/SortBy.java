package org.bulletins.search.api;

import java.util.Locale;

/** {@code relevance}: best match first; {@code date}: newest issued first, undated last. */
public enum SortBy {
    RELEVANCE, DATE;

    public static SortBy fromCode(String code) {
        try {
            return valueOf(code.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown sort '" + code + "': use relevance or date");
        }
    }
}
