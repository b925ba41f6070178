package org.bulletins.ingest.parse;

import org.bulletins.events.ParsedDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The gazette in other encodings yields the same documents; a declared charset is verified, not trusted. */
class EncodingTest {

    private static List<String> expected;

    @BeforeAll
    static void utf8() throws RejectedBulletinException {
        expected = summary(Samples.parse("gazette-2024-12.txt"));
    }

    private static List<String> summary(ParsedBulletin bulletin) {
        return bulletin.documents().stream().map(d -> d.title() + "|" + d.docNumber() + "|" + d.issuedDate()).toList();
    }

    private static byte[] encode(String charset, String bom) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i + 1 < bom.length(); i += 2) {
            out.write(Integer.parseInt(bom.substring(i, i + 2), 16));
        }
        out.writeBytes(Samples.text("gazette-2024-12.txt").getBytes(Charset.forName(charset)));
        return out.toByteArray();
    }

    @ParameterizedTest(name = "{0} bom={1} declared={2}")
    @CsvSource(nullValues = "-", textBlock = """
            GB18030,    '',     -
            GB18030,    '',     UTF-8
            UTF-16LE,   FFFE,   -
            UTF-16BE,   '',     -
            UTF-16LE,   '',     -
            UTF-8,      EFBBBF, -
            UTF-8,      '',     GBK
            UTF-8,      '',     ISO-8859-1
            UTF-8,      '',     no-such-charset
            GB18030,    '',     GBK
            """)
    void sameDocuments(String charset, String bom, String declared) throws RejectedBulletinException {
        ParsedBulletin bulletin = Samples.parse("gazette.txt", encode(charset, bom), "text/plain", declared);
        assertEquals(expected, summary(bulletin));
        assertEquals("gazette", bulletin.bulletin().kind());
        ParsedDocument first = bulletin.documents().get(0);
        assertEquals("包府发〔2024〕60号", first.docNumber());
    }
}
