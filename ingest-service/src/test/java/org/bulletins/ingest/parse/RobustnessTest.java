package org.bulletins.ingest.parse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Whatever the input, the parser returns documents or a rejection, never another exception, and never hangs. */
class RobustnessTest {

    private static final BulletinParser PARSER = new BulletinParser(Samples.MAX_BYTES);

    /** Parses, accepting a rejection; anything else thrown fails the test. */
    private static void survives(byte[] content) {
        try {
            ParsedBulletin bulletin = PARSER.parse(new RawBulletin("robust.txt", null, content, null, null, Instant.EPOCH));
            assertFalse(bulletin.documents().isEmpty());
            assertEquals(bulletin.documents().size(), bulletin.bulletin().documentIds().size());
        } catch (RejectedBulletinException expected) {
            // a reasoned rejection is a valid outcome
        }
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void randomBytes() {
        Random random = new Random(20250107L);
        for (int i = 0; i < 300; i++) {
            byte[] bytes = new byte[random.nextInt(4000) + 1];
            random.nextBytes(bytes);
            survives(bytes);
        }
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void randomChineseTextLikeBytes() {
        Random random = new Random(7L);
        String alphabet = "包头市人民政府关于的通知〔2024〕号●#\n\n。，：“”（）附件此件公开发布□记者下转12月日——ᠪᠠ\uFFFD \t";
        for (int i = 0; i < 300; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(600);
            for (int j = 0; j < length; j++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            survives(text.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void everyTruncationOfTheGazette() {
        String gazette = Samples.text("gazette-2024-12.txt");
        // every cut through the cover, contents and first documents; sparser further on to stay fast on 2 cores
        for (int end = 0; end <= gazette.length(); end += end < 3000 ? 1 : end < 5000 ? 7 : 97) {
            survives(gazette.substring(0, end).getBytes(StandardCharsets.UTF_8));
        }
        byte[] bytes = Samples.bytes("newspaper-page.txt");
        for (int end = 1; end <= bytes.length; end += 97) {
            survives(Arrays.copyOf(bytes, end));
        }
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void tenMegabyteSingleLine() {
        byte[] line = "包头市人民政府关于划定禁止燃放烟花爆竹区域的通告，".repeat(10_000_000 / 75)
                .getBytes(StandardCharsets.UTF_8);
        survives(line);
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void deeplyNestedHtml() {
        String html = "<div>".repeat(200_000) + "正文" + "</div>".repeat(200_000);
        try {
            PARSER.parse(new RawBulletin("deep.html", null, html.getBytes(StandardCharsets.UTF_8), "text/html", null,
                    Instant.EPOCH));
        } catch (RejectedBulletinException expected) {
            // acceptable
        }
    }
}
