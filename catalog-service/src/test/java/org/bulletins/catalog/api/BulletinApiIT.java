package org.bulletins.catalog.api;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.bulletins.catalog.CatalogTestSupport;
import org.bulletins.catalog.store.BulletinRepository;
import org.bulletins.catalog.store.CatalogWriter;
import org.bulletins.events.BulletinInfo;
import org.bulletins.events.ParsedDocument;
import org.bulletins.http.Problem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.bulletins.catalog.Events.doc;
import static org.bulletins.catalog.Events.events;
import static org.bulletins.catalog.Events.failure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** GET /api/bulletins and /api/bulletins/{id}: parsed and failed bulletins, filters, detail, errors. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BulletinApiIT implements TestPropertyProvider {

    private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");
    private static final String GAZETTE = BulletinInfo.idFor("gazette.txt");
    private static final String NEWSPAPER = BulletinInfo.idFor("newspaper.txt");
    private static final String BINARY = BulletinInfo.idFor("bin.dat");
    private static final String BROKEN_LATER = BulletinInfo.idFor("report.txt");

    private final ParsedDocument first = doc("d-1", "关于禁止燃放烟花爆竹的通告", "通告", "包府发〔2024〕60号",
            "包头市人民政府", LocalDate.of(2024, 12, 24));
    private final ParsedDocument second = new ParsedDocument("d-2", 2, "关于任免的通知", null, "通知", null, null,
            "包头市人民政府", LocalDate.of(2024, 12, 24), List.of(), List.of(), List.of(), true, "正文", List.of(), List.of());

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    JsonMapper json;
    @Inject
    CatalogWriter writer;
    @Inject
    BulletinRepository bulletins;

    private Api api;

    @Override
    public Map<String, String> getProperties() {
        return CatalogTestSupport.withoutKafka();
    }

    @BeforeAll
    void catalog() {
        api = new Api(client, json);
        bulletins.deleteAll();
        events("report.txt", "work_report", T0, doc("d-r", "政府工作报告", "报告", null, null, null))
                .forEach(writer::apply);
        events("gazette.txt", "gazette", T0.plusSeconds(10), second, first).forEach(writer::apply);
        events("newspaper.txt", "newspaper", T0.plusSeconds(20), doc("d-n", "新闻", "新闻", null, null, null))
                .forEach(writer::apply);
        writer.recordFailure(failure("bin.dat", T0.plusSeconds(30)));
        writer.recordFailure(failure("report.txt", T0.plusSeconds(40)));
    }

    @Test
    void listsBulletinsNewestReceivedFirst() {
        Api.Answer answer = api.get("/api/bulletins");

        assertEquals(200, answer.status());
        assertEquals(4, answer.total());
        assertEquals(List.of(BROKEN_LATER, BINARY, NEWSPAPER, GAZETTE), answer.items("id"));
        assertEquals(List.of("failed", "failed", "parsed", "parsed"), answer.items("status"));
    }

    @Test
    void filtersByStatusAndKind() {
        assertEquals(List.of(BROKEN_LATER, BINARY), api.get("/api/bulletins", "status", "failed").items("id"));
        assertEquals(List.of(NEWSPAPER, GAZETTE), api.get("/api/bulletins", "status", "parsed").items("id"));
        assertEquals(List.of(GAZETTE), api.get("/api/bulletins", "kind", "gazette").items("id"));
        assertEquals(List.of(BROKEN_LATER), api.get("/api/bulletins", "status", "failed", "kind", "work_report").items("id"));
        Api.Answer page = api.get("/api/bulletins", "page", "1", "size", "3");
        assertEquals(4, page.total());
        assertEquals(List.of(GAZETTE), page.items("id"));
    }

    @Test
    void aParsedBulletinHasItsDocumentsWarningsAndTableOfContents() {
        JsonNode body = api.get("/api/bulletins/" + GAZETTE).body();

        assertEquals("parsed", body.get("status").getStringValue());
        assertEquals("gazette.txt", body.get("sourceKey").getStringValue());
        assertEquals("gazette", body.get("kind").getStringValue());
        assertEquals(2024, body.get("year").getIntValue());
        assertEquals("a warning of gazette.txt", body.get("warnings").get(0).getStringValue());
        assertEquals("市政府文件", body.get("tableOfContents").get(0).get("section").getStringValue());
        assertEquals("d-1", body.get("documents").get(0).get("id").getStringValue(), "documents in bulletin order");
        assertEquals("d-2", body.get("documents").get(1).get("id").getStringValue());
        assertTrue(body.get("failure") == null || body.get("failure").isNull());
    }

    @Test
    void aFailedBulletinTellsWhyWhereItsBytesAreAndHowToResubmitIt() {
        JsonNode body = api.get("/api/bulletins/" + BINARY).body();

        assertEquals("failed", body.get("status").getStringValue());
        JsonNode failure = body.get("failure");
        assertEquals("undecodable", failure.get("code").getStringValue());
        assertEquals("the bytes are not text in any supported charset", failure.get("reason").getStringValue());
        assertEquals("bulletins.raw-1@42", failure.get("origin").getStringValue());
        assertEquals("bulletins.dlq-0@7", failure.get("deadLetter").getStringValue());
        String resubmit = failure.get("resubmit").getStringValue();
        assertTrue(resubmit.contains("java -jar ingest-service/target/ingest-service.jar push bin.dat"), resubmit);
        assertTrue(resubmit.contains("bulletins.dlq-0@7"), resubmit);
    }

    @Test
    void aBulletinThatFailedAfterASuccessKeepsItsDocuments() {
        JsonNode body = api.get("/api/bulletins/" + BROKEN_LATER).body();

        assertEquals("failed", body.get("status").getStringValue());
        assertEquals("d-r", body.get("documents").get(0).get("id").getStringValue());
    }

    @Test
    void badParametersAre400sNamingThem() {
        for (String[] bad : new String[][]{{"status", "broken"}, {"kind", "magazine"}, {"size", "500"}, {"page", "x"}}) {
            Api.Answer answer = api.get("/api/bulletins", bad[0], bad[1]);
            assertEquals(400, answer.status(), answer.text());
            assertEquals(Problem.MEDIA_TYPE, answer.contentType());
            assertEquals(bad[0], answer.body().get("parameter").getStringValue(), answer.text());
        }
    }

    @Test
    void anUnknownBulletinIsA404() {
        Api.Answer answer = api.get("/api/bulletins/b-0000000000000000");

        assertEquals(404, answer.status());
        assertEquals("not-found", answer.body().get("code").getStringValue());
    }
}
