package org.bulletins.ingest.cli;

import io.micronaut.serde.ObjectMapper;
import org.bulletins.events.ParsedDocument;
import org.bulletins.ingest.parse.BulletinParser;
import org.bulletins.ingest.parse.ParsedBulletin;
import org.bulletins.ingest.parse.RawBulletin;
import org.bulletins.ingest.parse.RejectedBulletinException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;

/** Parses files locally, without any infrastructure, and prints one JSON object per document per line. */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = "Parse bulletin files and print one JSON object per document per line. "
                + "Exit code 1 if any file is rejected.")
final class ParseCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "bulletin files (text, Markdown or HTML)")
    List<Path> files;

    @Option(names = "--max-bytes", defaultValue = "20971520", description = "reject files larger than this (default ${DEFAULT-VALUE})")
    long maxBytes;

    @Override
    public Integer call() throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        BulletinParser parser = new BulletinParser(maxBytes);
        int failures = 0;
        ObjectMapper json = ObjectMapper.getDefault();
        for (Path file : files) {
                try {
                    ParsedBulletin parsed = parser.parse(read(file));
                    for (ParsedDocument document : parsed.documents()) {
                        out.println(json.writeValueAsString(new DocumentLine(document, parsed.bulletin())));
                    }
                } catch (RejectedBulletinException e) {
                    failures++;
                    System.err.println(file + ": rejected (" + e.reason().code() + "): " + e.getMessage());
                } catch (IOException e) {
                    failures++;
                    System.err.println(file + ": cannot be read: " + e.getMessage());
                }
        }
        return failures == 0 ? 0 : 1;
    }

    private static RawBulletin read(Path file) throws IOException {
        return new RawBulletin(file.getFileName().toString(), "cli", Files.readAllBytes(file),
                MediaTypes.guess(file), null, Instant.now());
    }
}
