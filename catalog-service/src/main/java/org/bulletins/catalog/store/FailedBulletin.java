package org.bulletins.catalog.store;

import java.time.Instant;

/**
 * A bulletin the ingest-service rejected, as its dead letter tells.
 *
 * @param origin     where the bulletin came from, e.g. {@code bulletins.raw-0@42} or {@code http}
 * @param deadLetter the dead letter itself, e.g. {@code bulletins.dlq-0@7}: its value is the raw bytes
 */
public record FailedBulletin(String bulletinId, String sourceKey, String code, String reason, String origin,
                             String deadLetter, Instant failedAt) {
}
