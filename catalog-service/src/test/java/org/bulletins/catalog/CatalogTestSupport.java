package org.bulletins.catalog;

import org.bulletins.testing.Infrastructure;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Properties for a catalog under test: the real servers, and consumer groups of its own. */
public final class CatalogTestSupport {

    private CatalogTestSupport() {
    }

    /** Without Kafka: tests that write through CatalogWriter must not race the topics' history. */
    public static Map<String, String> withoutKafka() {
        Map<String, String> properties = withKafka();
        properties.put("kafka.enabled", "false");
        return properties;
    }

    /** With Kafka, in groups unique to this run so that the running catalog-service loses no record. */
    public static Map<String, String> withKafka() {
        Map<String, String> properties = new HashMap<>(Infrastructure.get().micronautProperties());
        String run = UUID.randomUUID().toString();
        properties.put("catalog.consumer-group", "catalog-test-" + run);
        properties.put("catalog.dlq-consumer-group", "catalog-test-dlq-" + run);
        return properties;
    }
}
