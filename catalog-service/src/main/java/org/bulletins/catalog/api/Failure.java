package org.bulletins.catalog.api;

import io.micronaut.core.annotation.Nullable;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import org.bulletins.catalog.store.BulletinRow;

import java.time.Instant;

/**
 * Why a bulletin was rejected and how to re-submit it.
 *
 * @param origin     where it came from: {@code bulletins.raw-P@O} (a Kafka record) or {@code http} (an upload)
 * @param deadLetter the {@code bulletins.dlq} record whose value is the raw bytes as received
 * @param resubmit   what the operator does next
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Failure(String code, String reason, @Nullable String origin, @Nullable String deadLetter,
                      Instant failedAt, String resubmit) {

    @Nullable
    static Failure of(BulletinRow row) {
        if (!BulletinRow.FAILED.equals(row.status())) {
            return null;
        }
        String rawBytes = row.deadLetter() == null ? ""
                : " The raw bytes as received are the value of the Kafka record " + row.deadLetter() + ".";
        String resubmit = "Fix the file, keep its name '" + row.sourceKey() + "' (the bulletin's id derives from it)"
                + " and re-submit it: java -jar ingest-service/target/ingest-service.jar push " + row.sourceKey()
                + " (or POST /api/bulletins?name=" + row.sourceKey() + "). A successful parse clears this failure."
                + rawBytes;
        return new Failure(row.failureCode() == null ? "unknown" : row.failureCode(),
                row.failureReason() == null ? "no reason given" : row.failureReason(),
                row.failureOrigin(), row.deadLetter(), row.receivedAt(), resubmit);
    }
}
