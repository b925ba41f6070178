package org.bulletins.search.api;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A query split into "quoted phrases" (ASCII or Chinese quotes, matched as exact phrases) and the remaining
 * words. Only ever used as values of typed queries, never as query syntax.
 */
public record QueryText(List<String> phrases, String words) {

    private static final Pattern QUOTED = Pattern.compile("[\"“”「『]([^\"“”「」『』]+)[\"“”」』]");

    public static QueryText parse(String query) {
        List<String> phrases = new ArrayList<>();
        Matcher m = QUOTED.matcher(query);
        StringBuilder rest = new StringBuilder();
        while (m.find()) {
            if (!m.group(1).isBlank()) {
                phrases.add(m.group(1).strip());
            }
            m.appendReplacement(rest, " ");
        }
        m.appendTail(rest);
        // An unpaired quote is punctuation, not syntax.
        String words = rest.toString().replaceAll("[\"“”「」『』]", " ").replaceAll("\\s+", " ").strip();
        return new QueryText(List.copyOf(phrases), words);
    }

    public boolean hasWords() {
        return !words.isEmpty();
    }
}
