package org.bulletins.ingest.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A document as a splitter found it: its title, what the splitter already read about it, and its content blocks
 * (everything after the title up to the next document).
 */
record DocumentDraft(Form form, String title, String subtitle, String issuer, LocalDate issuedDate,
                     List<String> authors, List<Block> content) {

    /** How the rest of the document is read. */
    enum Form { OFFICIAL, ORDER, CHRONICLE, REPORT, ARTICLE, GENERIC }

    DocumentDraft {
        authors = List.copyOf(authors);
        content = List.copyOf(content);
    }

    static DocumentDraft of(Form form, String title, List<Block> content) {
        return new DocumentDraft(form, title, null, null, null, List.of(), content);
    }

    /** Text of no recognised kind, titled by its first heading or first short line (else the fallback). */
    static DocumentDraft generic(List<Block> content, String fallbackTitle) {
        for (int i = 0; i < Math.min(5, content.size()); i++) {
            Block block = content.get(i);
            String text = block.text();
            if (block.isHeading() || block.isParagraph() && text.length() <= 60 && text.indexOf('。') < 0
                    && !LinePatterns.isStructural(text)) {
                List<Block> rest = new ArrayList<>(content);
                rest.remove(i);
                return of(Form.GENERIC, Titles.official(text), rest);
            }
        }
        return of(Form.GENERIC, fallbackTitle, content);
    }
}
