package org.bulletins.ingest.parse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad input is rejected with a reason and a message that names the bulletin and says what to do. */
class RejectionTest {

    private static RejectedBulletinException reject(byte[] content, long maxBytes) {
        return assertThrows(RejectedBulletinException.class, () -> new BulletinParser(maxBytes)
                .parse(new RawBulletin("bad-bulletin.txt", null, content, null, null, Instant.EPOCH)));
    }

    private static void assertReason(RejectedBulletinException.Reason reason, RejectedBulletinException e) {
        assertEquals(reason, e.reason(), e.getMessage());
        assertTrue(e.getMessage().contains("'bad-bulletin.txt'"), e.getMessage());
        assertTrue(e.getMessage().contains(":"), "says what to do: " + e.getMessage());
    }

    @Test
    void empty() {
        assertReason(RejectedBulletinException.Reason.EMPTY, reject(new byte[0], 100));
    }

    @Test
    void nullContentIsEmpty() {
        RejectedBulletinException e = assertThrows(RejectedBulletinException.class, () -> new BulletinParser(100)
                .parse(new RawBulletin(null, null, null, null, null, null)));
        assertEquals(RejectedBulletinException.Reason.EMPTY, e.reason());
    }

    @Test
    void tooLarge() {
        RejectedBulletinException e = reject(new byte[101], 100);
        assertReason(RejectedBulletinException.Reason.TOO_LARGE, e);
        assertTrue(e.getMessage().contains("101 bytes"));
    }

    @Test
    void pdf() {
        byte[] pdf = "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".getBytes(StandardCharsets.ISO_8859_1);
        RejectedBulletinException e = reject(pdf, 1000);
        assertReason(RejectedBulletinException.Reason.BINARY, e);
        assertTrue(e.getMessage().contains("PDF"));
    }

    @Test
    void imageAndNulBytes() {
        assertReason(RejectedBulletinException.Reason.BINARY,
                reject(new byte[]{(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13}, 1000));
        assertReason(RejectedBulletinException.Reason.BINARY,
                reject(new byte[]{'a', 0, 0, 0, 'b', 1, 2, 3, 'c', 'd', (byte) 0xC8, 0, 0, 5}, 1000));
    }

    @Test
    void undecodable() {
        byte[] bytes = new byte[300];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 3 == 0 ? 0x80 : i % 3 == 1 ? 0xFF : 0x81);
        }
        assertReason(RejectedBulletinException.Reason.UNDECODABLE, reject(bytes, 1000));
    }

    @ParameterizedTest
    @ValueSource(strings = {"   \n\n\t  \n", "。。。，，——！！\n\n*** --- ###\n", "ᠪᠠᠭᠠᠳᠤ ᠤᠯᠤᠰ\n\n— 3 —\n", "# \n\n---\n"})
    void noText(String text) {
        assertReason(RejectedBulletinException.Reason.NO_TEXT, reject(text.getBytes(StandardCharsets.UTF_8), 1000));
    }
}
