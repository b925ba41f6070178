package org.bulletins.search.support;

import io.micronaut.serde.ObjectMapper;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bulletins.events.DocumentEvent;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Sends document events to a topic of the test's own, so no test reads or feeds the running stack. */
public final class EventPublisher implements AutoCloseable {

    private final String topic = "search-test-" + UUID.randomUUID();
    private final KafkaProducer<String, byte[]> producer;

    public EventPublisher(String bootstrapServers) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            admin.createTopics(List.of(new NewTopic(topic, 2, (short) 1))).all().get();
        }
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());
    }

    public String topic() {
        return topic;
    }

    public void send(ObjectMapper json, List<DocumentEvent> events) throws IOException {
        for (DocumentEvent event : events) {
            producer.send(new ProducerRecord<>(topic, event.document().id(), json.writeValueAsBytes(event)));
        }
        producer.flush();
    }

    @Override
    public void close() {
        producer.close();
    }
}
