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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import static org.bulletins.catalog.Events.doc;
import static org.bulletins.catalog.Events.events;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** GET /api/documents and /api/documents/{id}: every filter, the document number spellings, sorts, pages, errors. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentApiIT implements TestPropertyProvider {

    private static final Instant RECEIVED = Instant.parse("2025-01-02T03:04:05Z");
    private static final String GAZETTE = BulletinInfo.idFor("gazette.txt");

    private final ParsedDocument fireworks = doc("d-1", "包头市人民政府关于划定禁止燃放烟花爆竹时段和区域的通告", "通告",
            "包府发〔2024〕60号", "包头市人民政府", LocalDate.of(2024, 12, 24));
    private final ParsedDocument appointment = doc("d-2", "包头市人民政府关于任免潘大伟等同志职务的通知", "通知",
            "包府发〔2024〕61号", "包头市人民政府", LocalDate.of(2024, 12, 24));
    private final ParsedDocument chemicals = doc("d-3", "包头市人民政府办公室关于公布化工重点监控点认定名单的通知", "通知",
            "包府办发〔2024〕125号", "包头市人民政府办公室", LocalDate.of(2024, 12, 20));
    private final ParsedDocument report = doc("d-4", "政府工作报告", "报告", null, "包头市人民政府",
            LocalDate.of(2024, 1, 17));
    private final ParsedDocument article1 = doc("d-5", "白云矿区重点项目建设创佳绩", "新闻", null, null, null);
    private final ParsedDocument article2 = doc("d-6", "凝心聚力六十日 奋楫笃行暖夕阳", "新闻", null, null, null);
    private final ParsedDocument older = doc("d-7", "包头市人民政府关于二〇二三年某事项的通知", "通知",
            "包府发〔2023〕10号", "包头市人民政府", LocalDate.of(2023, 6, 1));

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
        events("gazette.txt", "gazette", RECEIVED, fireworks, appointment, chemicals).forEach(writer::apply);
        events("report.txt", "work_report", RECEIVED, report).forEach(writer::apply);
        events("newspaper.txt", "newspaper", RECEIVED, article1, article2).forEach(writer::apply);
        events("gazette-2023.txt", "gazette", RECEIVED, older).forEach(writer::apply);
    }

    @Test
    void listsAllNewestIssuedFirstWithUndatedLast() {
        Api.Answer answer = api.get("/api/documents");

        assertEquals(200, answer.status());
        assertEquals(7, answer.total());
        assertEquals(0, answer.body().get("page").getIntValue());
        assertEquals(20, answer.body().get("size").getIntValue());
        assertEquals(List.of("d-1", "d-2", "d-3", "d-4", "d-7", "d-5", "d-6"), answer.items("id"));
        JsonNode first = answer.body().get("items").get(0);
        assertEquals(GAZETTE, first.get("bulletinId").getStringValue());
        assertEquals(fireworks.title(), first.get("title").getStringValue());
        assertEquals("2024-12-24", first.get("issuedDate").getStringValue());
        assertEquals("包府发〔2024〕60号", first.get("docNumber").getStringValue());
    }

    @Test
    void filtersByType() {
        assertEquals(List.of("d-2", "d-3", "d-7"), api.get("/api/documents", "type", "通知").items("id"));
        assertEquals(0, api.get("/api/documents", "type", "决定").total(), "an unknown type matches nothing");
    }

    @Test
    void filtersByIssuer() {
        assertEquals(List.of("d-1", "d-2", "d-4", "d-7"), api.get("/api/documents", "issuer", "包头市人民政府").items("id"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"包府发〔2024〕60号", "包府发[2024]60号", "包府发(2024)60号", "包府发（2024）60号",
            "包府发2024-60", " 包府发〔2024〕60 "})
    void findsADocumentByItsNumberInAnyUsualSpelling(String spelling) {
        Api.Answer answer = api.get("/api/documents", "docNumber", spelling);

        assertEquals(200, answer.status());
        assertEquals(List.of("d-1"), answer.items("id"));
        assertTrue(answer.items("title").get(0).contains("烟花爆竹"));
    }

    @Test
    void filtersByIssuedDateRangeAndYear() {
        assertEquals(List.of("d-1", "d-2", "d-3"),
                api.get("/api/documents", "from", "2024-12-01", "to", "2024-12-31").items("id"));
        assertEquals(List.of("d-1", "d-2"), api.get("/api/documents", "from", "2024-12-21").items("id"));
        assertEquals(List.of("d-4", "d-7"), api.get("/api/documents", "to", "2024-12-19").items("id"));
        assertEquals(List.of("d-1", "d-2", "d-3", "d-4"), api.get("/api/documents", "year", "2024").items("id"));
        assertEquals(List.of("d-7"), api.get("/api/documents", "year", "2023").items("id"));
        assertEquals(List.of("d-4"), api.get("/api/documents", "year", "2024", "to", "2024-06-30").items("id"));
    }

    @Test
    void filtersByBulletinAndCombinesFilters() {
        assertEquals(List.of("d-1", "d-2", "d-3"), api.get("/api/documents", "bulletinId", GAZETTE).items("id"));
        assertEquals(List.of("d-2", "d-3"), api.get("/api/documents", "type", "通知", "year", "2024").items("id"));
        assertEquals(List.of("d-3"), api.get("/api/documents", "type", "通知", "issuer", "包头市人民政府办公室",
                "bulletinId", GAZETTE).items("id"));
    }

    @Test
    void sortsByIssuedDateAscendingWithUndatedLast() {
        assertEquals(List.of("d-7", "d-4", "d-3", "d-1", "d-2", "d-5", "d-6"),
                api.get("/api/documents", "sort", "issuedDate,asc").items("id"));
        assertEquals(api.get("/api/documents").items("id"), api.get("/api/documents", "sort", "issuedDate,desc").items("id"));
    }

    @Test
    void sortsByTitleBothWays() {
        List<String> ascending = api.get("/api/documents", "sort", "title,asc").items("title");
        List<String> descending = new ArrayList<>(api.get("/api/documents", "sort", "title,desc").items("title"));

        assertEquals(7, ascending.size());
        assertTrue(ascending.indexOf("包头市人民政府关于任免潘大伟等同志职务的通知")
                < ascending.indexOf("包头市人民政府关于划定禁止燃放烟花爆竹时段和区域的通告"), "a common prefix sorts by what follows");
        java.util.Collections.reverse(descending);
        assertEquals(ascending, descending);
    }

    @Test
    void pagesCoverEveryDocumentOnceWithTheTotal() {
        List<String> seen = new ArrayList<>();
        for (int page = 0; page < 4; page++) {
            Api.Answer answer = api.get("/api/documents", "page", String.valueOf(page), "size", "2");
            assertEquals(7, answer.total());
            assertEquals(page, answer.body().get("page").getIntValue());
            assertEquals(2, answer.body().get("size").getIntValue());
            assertEquals(page < 3 ? 2 : 1, answer.items("id").size());
            seen.addAll(answer.items("id"));
        }
        assertEquals(7, new HashSet<>(seen).size());
        assertEquals(0, api.get("/api/documents", "page", "4", "size", "2").items("id").size());
    }

    @Test
    void aDocumentHasAllItsMetadataAndItsBody() {
        Api.Answer answer = api.get("/api/documents/d-1");

        assertEquals(200, answer.status());
        JsonNode body = answer.body();
        assertEquals(fireworks.body(), body.get("body").getStringValue());
        assertEquals("包府发〔2024〕60号", body.get("docNumberRaw").getStringValue());
        assertEquals("各旗县区人民政府", body.get("addressees").get(0).getStringValue());
        assertEquals("一、总则", body.get("sections").get(0).get("title").getStringValue());
        assertEquals(1, body.get("version").getIntValue());
        assertEquals(GAZETTE, body.get("bulletinId").getStringValue());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "from|2024-13-01", "from|24.12.2024", "to|yesterday", "year|abc", "year|12", "size|0", "size|101",
            "page|-1", "sort|pages,desc", "sort|issuedDate,sideways", "docNumber|烟花爆竹"})
    void aBadParameterIsA400NamingIt(String parameter, String value) {
        Api.Answer answer = api.get("/api/documents", parameter, value);

        assertEquals(400, answer.status());
        assertEquals(Problem.MEDIA_TYPE, answer.contentType());
        assertEquals("bad-parameter", answer.body().get("code").getStringValue());
        assertEquals(parameter, answer.body().get("parameter").getStringValue());
        assertTrue(answer.body().get("detail").getStringValue().contains(parameter), answer.text());
    }

    @Test
    void aRangeThatEndsBeforeItStartsIsA400() {
        Api.Answer answer = api.get("/api/documents", "from", "2024-12-31", "to", "2024-12-01");

        assertEquals(400, answer.status());
        assertEquals("from", answer.body().get("parameter").getStringValue());
    }

    @Test
    void anUnknownDocumentIsA404() {
        Api.Answer answer = api.get("/api/documents/d-unknown");

        assertEquals(404, answer.status());
        assertEquals(Problem.MEDIA_TYPE, answer.contentType());
        assertEquals("not-found", answer.body().get("code").getStringValue());
        assertTrue(answer.body().get("detail").getStringValue().contains("d-unknown"));
    }
}
