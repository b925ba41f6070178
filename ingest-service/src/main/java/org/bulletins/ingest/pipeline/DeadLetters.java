package org.bulletins.ingest.pipeline;

import io.micronaut.configuration.kafka.annotation.KafkaClient;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.bulletins.events.Topics;
import org.bulletins.ingest.parse.RejectedBulletinException;
import org.bulletins.ingest.parse.StableIds;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.ExecutionException;

/** Keeps rejected bulletins on {@link Topics#DLQ} with the reason and where they came from. */
@Singleton
public class DeadLetters {

    private final Producer<String, byte[]> producer;

    public DeadLetters(@KafkaClient(id = "dead-letters", acks = KafkaClient.Acknowledge.ALL) Producer<String, byte[]> producer) {
        this.producer = producer;
    }

    /** Where a rejected bulletin came from: a Kafka record, or an upload ("http", no partition/offset). */
    public record Origin(String topic, Integer partition, Long offset) {
        public static Origin http() {
            return new Origin("http", null, null);
        }
    }

    public void keep(String sourceKey, byte[] content, String errorCode, String reason, Origin origin) {
        RecordHeaders headers = new RecordHeaders();
        header(headers, Topics.HEADER_ERROR_CODE, errorCode);
        header(headers, Topics.HEADER_ERROR_REASON, reason);
        header(headers, Topics.HEADER_ORIGIN_TOPIC, origin.topic());
        header(headers, Topics.HEADER_ORIGIN_PARTITION, origin.partition() == null ? null : origin.partition().toString());
        header(headers, Topics.HEADER_ORIGIN_OFFSET, origin.offset() == null ? null : origin.offset().toString());
        header(headers, Topics.HEADER_ORIGIN_KEY, sourceKey);
        header(headers, Topics.HEADER_BULLETIN_ID, StableIds.bulletinId(sourceKey));
        header(headers, Topics.HEADER_FAILED_AT, Instant.now().toString());
        try {
            producer.send(new ProducerRecord<>(Topics.DLQ, null, sourceKey, content, headers)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while keeping '" + sourceKey + "' in " + Topics.DLQ, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not keep '" + sourceKey + "' in " + Topics.DLQ, e.getCause());
        }
    }

    public void keep(String sourceKey, byte[] content, RejectedBulletinException rejection, Origin origin) {
        keep(sourceKey, content, rejection.reason().code(), rejection.getMessage(), origin);
    }

    private static void header(RecordHeaders headers, String name, String value) {
        if (value != null) {
            headers.add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }
}
