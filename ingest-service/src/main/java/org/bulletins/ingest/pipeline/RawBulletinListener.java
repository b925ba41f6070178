package org.bulletins.ingest.pipeline;

import io.micronaut.configuration.kafka.annotation.ErrorStrategy;
import io.micronaut.configuration.kafka.annotation.ErrorStrategyValue;
import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.bulletins.events.Topics;
import org.bulletins.ingest.parse.RawBulletin;
import org.bulletins.ingest.parse.RejectedBulletinException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Consumes raw bulletins. A bad bulletin goes to the dead-letter topic and the consumer moves on; a
 * failure to publish is retried with backoff, and the offset is committed only after success.
 */
@KafkaListener(groupId = "${ingest.consumer-group}", offsetReset = OffsetReset.EARLIEST,
        offsetStrategy = OffsetStrategy.SYNC_PER_RECORD,
        errorStrategy = @ErrorStrategy(value = ErrorStrategyValue.RETRY_EXPONENTIALLY_ON_ERROR,
                retryCount = 8, retryDelay = "1s"))
public class RawBulletinListener {

    private static final Logger LOG = LoggerFactory.getLogger(RawBulletinListener.class);

    private final BulletinIngestor ingestor;
    private final DeadLetters deadLetters;

    public RawBulletinListener(BulletinIngestor ingestor, DeadLetters deadLetters) {
        this.ingestor = ingestor;
        this.deadLetters = deadLetters;
    }

    @Topic(Topics.RAW)
    void receive(ConsumerRecord<String, byte[]> record) {
        byte[] content = record.value() == null ? new byte[0] : record.value();
        String sourceKey = record.key() != null ? record.key()
                : record.topic() + "-" + record.partition() + "-" + record.offset();
        DeadLetters.Origin origin = new DeadLetters.Origin(record.topic(), record.partition(), record.offset());
        RawBulletin raw = new RawBulletin(sourceKey, header(record, Topics.HEADER_SOURCE), content,
                header(record, Topics.HEADER_CONTENT_TYPE), header(record, Topics.HEADER_CHARSET),
                Instant.ofEpochMilli(record.timestamp()));
        try {
            ingestor.ingest(raw);
        } catch (RejectedBulletinException e) {
            LOG.warn("Rejected '{}' from {}-{}@{}: {}", sourceKey, record.topic(), record.partition(), record.offset(),
                    e.getMessage());
            deadLetters.keep(sourceKey, content, e, origin);
        }
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
