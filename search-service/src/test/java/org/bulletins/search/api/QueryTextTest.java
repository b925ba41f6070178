package org.bulletins.search.api;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class QueryTextTest {

    @Test
    void quotedPhrasesAreSeparatedFromWords() {
        QueryText text = QueryText.parse("\"堆燃旺火\" 区域 “禁止燃放”");
        assertEquals(List.of("堆燃旺火", "禁止燃放"), text.phrases());
        assertEquals("区域", text.words());
    }

    @Test
    void anUnpairedQuoteIsNotSyntax() {
        QueryText text = QueryText.parse("烟花\"爆竹");
        assertEquals(List.of(), text.phrases());
        assertEquals("烟花 爆竹", text.words());
    }
}
