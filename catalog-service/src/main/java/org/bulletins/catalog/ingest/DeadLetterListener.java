package org.bulletins.catalog.ingest;

import io.micronaut.configuration.kafka.annotation.ErrorStrategy;
import io.micronaut.configuration.kafka.annotation.ErrorStrategyValue;
import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;
import io.micronaut.context.annotation.Property;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.bulletins.catalog.store.CatalogWriter;
import org.bulletins.catalog.store.FailedBulletin;
import org.bulletins.events.BulletinInfo;
import org.bulletins.events.Topics;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Records the bulletins the ingest-service rejected, so operators can see why and re-submit them. A dead
 * letter carries the whole raw bulletin (up to the ingest limit of 20 MB), hence the larger fetch sizes.
 */
@KafkaListener(groupId = "${catalog.dlq-consumer-group}", offsetReset = OffsetReset.EARLIEST,
        offsetStrategy = OffsetStrategy.SYNC_PER_RECORD,
        errorStrategy = @ErrorStrategy(value = ErrorStrategyValue.RETRY_EXPONENTIALLY_ON_ERROR,
                retryCount = Integer.MAX_VALUE, retryDelay = "1s"),
        properties = {
                @Property(name = ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, value = "33554432"),
                @Property(name = ConsumerConfig.FETCH_MAX_BYTES_CONFIG, value = "67108864")
        })
public class DeadLetterListener {

    private final CatalogWriter writer;

    public DeadLetterListener(CatalogWriter writer) {
        this.writer = writer;
    }

    @Topic(Topics.DLQ)
    void receive(ConsumerRecord<String, byte[]> record) {
        writer.recordFailure(failureOf(record));
    }

    static FailedBulletin failureOf(ConsumerRecord<String, byte[]> record) {
        String deadLetter = record.topic() + "-" + record.partition() + "@" + record.offset();
        // Without a key the dead letter itself is the only name the bulletin has.
        String sourceKey = header(record, Topics.HEADER_ORIGIN_KEY, record.key() == null ? deadLetter : record.key());
        String origin = header(record, Topics.HEADER_ORIGIN_TOPIC, "unknown");
        String partition = header(record, Topics.HEADER_ORIGIN_PARTITION, null);
        String offset = header(record, Topics.HEADER_ORIGIN_OFFSET, null);
        if (partition != null && offset != null) {
            origin = origin + "-" + partition + "@" + offset;
        }
        return new FailedBulletin(
                header(record, Topics.HEADER_BULLETIN_ID, BulletinInfo.idFor(sourceKey)),
                sourceKey,
                header(record, Topics.HEADER_ERROR_CODE, "unknown"),
                header(record, Topics.HEADER_ERROR_REASON, "no reason given"),
                origin,
                deadLetter,
                failedAt(record));
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
