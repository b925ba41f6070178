package org.bulletins.search.eval;

import java.text.Normalizer;

/**
 * How a hit is matched to a judged document: by title, ignoring whitespace, character width and the
 * bracket and quote variants a parser or a judge may have written.
 */
final class TitleKey {

    private TitleKey() {
    }

    static String of(String title) {
        String folded = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFKC);
        return folded.replaceAll("\\s+", "")
                .replaceAll("[〔［【〖﹝\\[{]", "(")
                .replaceAll("[〕］】〗﹞\\]}]", ")")
                .replaceAll("[“”「」『』\"]", "\"");
    }
}
