package org.bulletins.http;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

class Utf8RequestLinesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/api/search?q=烟花爆竹|/api/search?q=%E7%83%9F%E8%8A%B1%E7%88%86%E7%AB%B9",
            "/api/search?q=%E7%83%9F|/api/search?q=%E7%83%9F",
            "/api/documents?docNumber=包府发[2024]60号|/api/documents?docNumber=%E5%8C%85%E5%BA%9C%E5%8F%91[2024]60%E5%8F%B7",
            "/health|/health",
    })
    void encodesTheRawBytesOfARequestLine(String sent, String expected) {
        // Netty hands over the request line as one char per byte (ISO-8859-1).
        String asNettyReadsIt = new String(sent.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        assertEquals(expected, Utf8RequestLines.encodeNonAscii(asNettyReadsIt));
    }
}
