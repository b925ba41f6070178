package org.bulletins.ingest.parse;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/**
 * A bulletin as an upstream system delivered it.
 *
 * @param sourceKey   the upstream's id for the bulletin (Kafka key or upload file name)
 * @param contentType declared media type, if any (text/plain, text/markdown, text/html)
 * @param charset     declared charset, if any; detection still checks that it decodes
 */
public record RawBulletin(String sourceKey, @Nullable String source, byte[] content,
                          @Nullable String contentType, @Nullable String charset, Instant receivedAt) {
}
