package org.bulletins.catalog.ingest;

import io.micronaut.configuration.kafka.annotation.ErrorStrategy;
import io.micronaut.configuration.kafka.annotation.ErrorStrategyValue;
import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.bulletins.catalog.store.CatalogWriter;
import org.bulletins.catalog.store.FailedBulletin;
import org.bulletins.events.Topics;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Records the bulletins the ingest-service rejected, so operators can see why and re-submit them. */
@KafkaListener(groupId = "catalog-service-dlq", offsetReset = OffsetReset.EARLIEST,
        offsetStrategy = OffsetStrategy.SYNC_PER_RECORD,
        errorStrategy = @ErrorStrategy(value = ErrorStrategyValue.RETRY_EXPONENTIALLY_ON_ERROR,
                retryCount = Integer.MAX_VALUE, retryDelay = "1s"))
public class DeadLetterListener {

    private final CatalogWriter writer;

    public DeadLetterListener(CatalogWriter writer) {
        this.writer = writer;
    }

    @Topic(Topics.DLQ)
    void receive(ConsumerRecord<String, byte[]> record) {
        String sourceKey = header(record, Topics.HEADER_ORIGIN_KEY, record.key());
        String origin = header(record, Topics.HEADER_ORIGIN_TOPIC, "unknown");
        String partition = header(record, Topics.HEADER_ORIGIN_PARTITION, null);
        String offset = header(record, Topics.HEADER_ORIGIN_OFFSET, null);
        if (partition != null && offset != null) {
            origin = origin + "-" + partition + "@" + offset;
        }
        writer.recordFailure(new FailedBulletin(
                header(record, Topics.HEADER_BULLETIN_ID, sourceKey),
                sourceKey,
                header(record, Topics.HEADER_ERROR_CODE, "unknown"),
                header(record, Topics.HEADER_ERROR_REASON, "no reason given"),
                origin,
                failedAt(record)));
    }

    private static Instant failedAt(ConsumerRecord<?, ?> record) {
        try {
            return Instant.parse(header(record, Topics.HEADER_FAILED_AT, ""));
        } catch (DateTimeParseException e) {
            return Instant.ofEpochMilli(record.timestamp());
        }
    }

    private static String header(ConsumerRecord<?, ?> record, String name, String fallback) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? fallback : new String(header.value(), StandardCharsets.UTF_8);
    }
}
