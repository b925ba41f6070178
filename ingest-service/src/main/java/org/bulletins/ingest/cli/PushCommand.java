package org.bulletins.ingest.cli;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bulletins.events.Topics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/** Sends bulletin files to the raw topic, as an upstream system would, with progress and a summary. */
@Command(name = "push", mixinStandardHelpOptions = true,
        description = "Send bulletin files (or every file in the given directories) to Kafka. "
                + "The key of each record is the file name. Exit code 1 if any file could not be sent.")
final class PushCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR")
    List<Path> paths;

    @Option(names = {"-b", "--bootstrap-servers"}, defaultValue = "${env:KAFKA_BOOTSTRAP_SERVERS:-127.0.0.1:9092}",
            description = "Kafka bootstrap servers (default ${DEFAULT-VALUE}, env KAFKA_BOOTSTRAP_SERVERS)")
    String bootstrapServers;

    @Option(names = "--topic", defaultValue = Topics.RAW, description = "topic (default ${DEFAULT-VALUE})")
    String topic;

    @Option(names = "--source", defaultValue = "cli", description = "value of the 'source' header (default ${DEFAULT-VALUE})")
    String source;

    @Override
    public Integer call() throws IOException {
        List<Path> files = expand(paths);
        PrintStream err = System.err;
        if (files.isEmpty()) {
            err.println("No files found in " + paths + ": give bulletin files or directories that hold them.");
            return 1;
        }
        ProgressBar progress = new ProgressBar(err, files.size());
        List<String> failures = new ArrayList<>();
        long bytes = 0;
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 33554432,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 15000,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 15000),
                new StringSerializer(), new ByteArraySerializer())) {
            for (Path file : files) {
                try {
                    byte[] content = Files.readAllBytes(file);
                    RecordHeaders headers = new RecordHeaders();
                    headers.add(Topics.HEADER_CONTENT_TYPE, MediaTypes.guess(file).getBytes(StandardCharsets.UTF_8));
                    headers.add(Topics.HEADER_SOURCE, source.getBytes(StandardCharsets.UTF_8));
                    producer.send(new ProducerRecord<>(topic, null, file.getFileName().toString(), content, headers))
                            .get(45, TimeUnit.SECONDS);
                    bytes += content.length;
                } catch (IOException | ExecutionException | TimeoutException | org.apache.kafka.common.KafkaException e) {
                    failures.add(file + ": " + describe(e));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    failures.add(file + ": interrupted");
                    break;
                }
                progress.step(file.getFileName().toString());
            }
        }
        progress.done();
        err.printf("Sent %d of %d files (%,d bytes) to %s on %s.%n", files.size() - failures.size(), files.size(),
                bytes, topic, bootstrapServers);
        failures.forEach(f -> err.println("  failed: " + f));
        if (!failures.isEmpty()) {
            err.println("Check that Kafka is reachable at " + bootstrapServers + " (infra/stack status) and retry.");
        }
        return failures.isEmpty() ? 0 : 1;
    }

    private static List<Path> expand(List<Path> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                            .sorted().forEach(files::add);
                }
            } else {
                files.add(path);
            }
        }
        return files;
    }

    private static String describe(Exception e) {
        Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }
}
