package org.bulletins.ingest.parse;

import java.util.List;

/** The text of a bulletin, the charset it was read with and what was noticed while decoding. */
record DecodedText(String text, String charset, List<String> warnings) {

    DecodedText {
        warnings = List.copyOf(warnings);
    }
}
