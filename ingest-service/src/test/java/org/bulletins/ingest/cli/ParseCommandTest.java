package org.bulletins.ingest.cli;

import io.micronaut.serde.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `parse FILE…` as an operator runs it: one JSON object per document per line, non-zero on a bad file. */
class ParseCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream savedOut;
    private PrintStream savedErr;

    @BeforeEach
    void capture() {
        savedOut = System.out;
        savedErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(savedOut);
        System.setErr(savedErr);
    }

    @Test
    @SuppressWarnings("unchecked")
    void printsOneJsonObjectPerDocumentWithItsBulletin() throws Exception {
        Path gazette = Path.of(getClass().getResource("/samples/gazette-2024-12.txt").toURI());
        assertEquals(0, IngestCommand.execute("parse", gazette.toString()));

        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(5, lines.size(), "four official documents and the chronicle");
        Map<String, Object> first = ObjectMapper.getDefault().readValue(lines.get(0), Map.class);
        assertEquals("包府发〔2024〕60号", first.get("docNumber"));
        assertEquals("通告", first.get("docType"));
        Map<String, Object> bulletin = (Map<String, Object>) first.get("bulletin");
        assertEquals("gazette", bulletin.get("kind"));
        assertEquals("gazette-2024-12.txt", bulletin.get("sourceKey"));
    }

    @Test
    void aBadFileGivesAClearMessageAndANonZeroExitCode(@TempDir Path dir) throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        Path gazette = Path.of(getClass().getResource("/samples/gazette-2024-12.txt").toURI());

        assertEquals(1, IngestCommand.execute("parse", empty.toString(), gazette.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("empty.txt: rejected (empty)"), err.toString(StandardCharsets.UTF_8));
        assertEquals(5, out.toString(StandardCharsets.UTF_8).lines().count(), "the good file is still parsed");
    }
}
