package org.bulletins.ingest.parse;

import org.bulletins.events.ParsedDocument;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** Loads test bulletins from src/test/resources/samples and parses them. */
final class Samples {

    static final long MAX_BYTES = 20_000_000;
    static final Instant RECEIVED = Instant.parse("2025-01-07T08:00:00Z");

    private Samples() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = Samples.class.getResourceAsStream("/samples/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource samples/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    static ParsedBulletin parse(String name) throws RejectedBulletinException {
        return parse(name, bytes(name), null, null);
    }

    static ParsedBulletin parse(String key, byte[] content, String contentType, String charset)
            throws RejectedBulletinException {
        return new BulletinParser(MAX_BYTES).parse(new RawBulletin(key, "test", content, contentType, charset, RECEIVED));
    }

    static ParsedBulletin parseText(String text) throws RejectedBulletinException {
        return parse("inline.txt", text.getBytes(StandardCharsets.UTF_8), "text/plain", null);
    }

    static ParsedDocument document(ParsedBulletin bulletin, String title) {
        return bulletin.documents().stream().filter(d -> d.title().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no document titled " + title + " among "
                        + bulletin.documents().stream().map(ParsedDocument::title).toList()));
    }
}
