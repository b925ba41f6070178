package org.bulletins.catalog.store;

import java.time.Instant;

/**
 * A bulletin the ingest-service rejected, as its dead letter tells.
 *
 * @param origin where the bulletin came from, e.g. {@code bulletins.raw-0@42} or {@code http}
 */
public record FailedBulletin(String bulletinId, String sourceKey, String code, String reason, String origin,
                             Instant failedAt) {
}
