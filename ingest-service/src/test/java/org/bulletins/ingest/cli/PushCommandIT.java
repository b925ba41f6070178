package org.bulletins.ingest.cli;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.bulletins.events.Topics;
import org.bulletins.testing.Infrastructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** `push DIR` against the real Kafka: every file of the directory becomes one record of the raw topic. */
class PushCommandIT {

    @Test
    void pushesEveryFileOfADirectory(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "# 通知\n\n正文。");
        Files.writeString(dir.resolve("b.md"), "# 通告\n\n正文。");
        String bootstrap = Infrastructure.get().kafkaBootstrapServers();
        long before = endOffsets(bootstrap);

        assertEquals(0, IngestCommand.execute("push", "--bootstrap-servers", bootstrap, "--source", "push-it", dir.toString()));

        assertEquals(before + 2, endOffsets(bootstrap));
    }

    @Test
    void anUnreachableKafkaFailsWithANonZeroExitCode(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "# 通知\n\n正文。");
        assertEquals(1, IngestCommand.execute("push", "--bootstrap-servers", "127.0.0.1:1", dir.toString()));
    }

    private static long endOffsets(String bootstrap) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            int partitions = admin.describeTopics(java.util.List.of(Topics.RAW)).allTopicNames().get()
                    .get(Topics.RAW).partitions().size();
            Map<TopicPartition, OffsetSpec> request = IntStream.range(0, partitions).boxed()
                    .collect(Collectors.toMap(p -> new TopicPartition(Topics.RAW, p), p -> OffsetSpec.latest()));
            return admin.listOffsets(request).all().get().values().stream().mapToLong(o -> o.offset()).sum();
        }
    }
}
