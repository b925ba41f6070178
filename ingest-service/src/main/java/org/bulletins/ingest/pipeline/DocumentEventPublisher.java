package org.bulletins.ingest.pipeline;

import io.micronaut.configuration.kafka.annotation.KafkaClient;
import io.micronaut.configuration.kafka.annotation.KafkaKey;
import io.micronaut.configuration.kafka.annotation.Topic;
import org.bulletins.events.DocumentEvent;
import org.bulletins.events.Topics;

/** Publishes parsed documents; blocks until the broker acknowledged, so callers commit only after. */
@KafkaClient(id = "document-events", acks = KafkaClient.Acknowledge.ALL)
public interface DocumentEventPublisher {

    @Topic(Topics.PARSED)
    void publish(@KafkaKey String documentId, DocumentEvent event);
}
