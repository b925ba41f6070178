package org.bulletins.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.analyze.AnalyzeToken;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.bulletins.events.DocumentEvent;
import org.bulletins.search.admin.ReindexStatus;
import org.bulletins.search.index.IndexManager;
import org.bulletins.search.index.WriteRouting;
import org.bulletins.search.support.EventPublisher;
import org.bulletins.search.support.TestEvents;
import org.bulletins.testing.Infrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The search-service against the real Kafka and Elasticsearch, on a topic, consumer group and alias of its own:
 * indexing, analysis, search through the HTTP API, removal, reindex.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchServiceIT implements TestPropertyProvider {

    private static final String ADMIN_KEY = "test-key-" + UUID.randomUUID();
    private static final String FIREWORKS = "包头市人民政府关于划定禁止燃放烟花爆竹、堆燃旺火时段和区域的通告";
    private static final String CHILDCARE = "包头市人民政府办公室关于印发包头市育儿补贴及托育机构运营奖励补贴政策实施方案（试行）的通知";
    private static final String CHEMICALS = "包头市人民政府办公室关于公布包头市化工重点监控点认定名单（第二批）的通知";
    private static final String TRADE = "纺织服装出海正当时";
    private static final String MINING = "白云矿区重点项目建设创佳绩";

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    ObjectMapper json;

    @Inject
    ElasticsearchClient elasticsearch;

    @Inject
    IndexManager indexes;

    @Inject
    WriteRouting routing;

    private final String alias = "test-" + UUID.randomUUID();
    private final TestEvents gazette = new TestEvents("gazette");
    private final TestEvents newspaper = new TestEvents("newspaper");
    private EventPublisher publisher;

    @Override
    public Map<String, String> getProperties() {
        try {
            publisher = new EventPublisher(Infrastructure.get().kafkaBootstrapServers());
        } catch (Exception e) {
            throw new IllegalStateException("could not create the test's Kafka topic", e);
        }
        Map<String, String> properties = new HashMap<>(Infrastructure.get().micronautProperties());
        properties.put("search.alias", alias);
        properties.put("search.topic", publisher.topic());
        properties.put("search.consumer-group", "search-it-" + UUID.randomUUID());
        properties.put("search.admin-api-key", ADMIN_KEY);
        return properties;
    }

    @BeforeAll
    void indexTheSamples() throws Exception {
        publisher.send(json, gazette.version(Instant.parse("2025-01-06T08:00:00Z"), List.of(
                gazette.document("fireworks", FIREWORKS, "通告", "包府发〔2024〕60号", "包头市人民政府", LocalDate.of(2024, 12, 24),
                        "为进一步加强大气污染防治工作，减少燃放烟花爆竹、堆燃旺火对环境和公众健康造成的危害，划定禁放区域。"),
                gazette.document("childcare", CHILDCARE, "通知", "包府办发〔2024〕126号", "包头市人民政府办公室", LocalDate.of(2024, 12, 20),
                        "对符合政策生育二孩、三孩的包头市户籍家庭，一次性给予育儿补贴5000元。托育机构运营奖励补贴。"),
                gazette.document("chemicals", CHEMICALS, "通知", "包府办发〔2023〕125号", "包头市人民政府办公室", LocalDate.of(2023, 6, 1),
                        "现将《包头市化工重点监控点认定名单（第二批）》予以公布。"))));
        publisher.send(json, newspaper.version(Instant.parse("2025-01-07T08:00:00Z"), List.of(
                newspaper.document("mining", MINING, "新闻", null, null, null,
                        "白云鄂博矿区稀土产业项目建设热潮一波高过一波。"),
                newspaper.document("trade", TRADE, "新闻", null, null, null,
                        "前三季度全市进出口总值增长24.5%，纺织纱线远销海外。"))));
        await().atMost(Duration.ofSeconds(90)).ignoreExceptions().until(() -> search("q=" + enc("包头市")).hits().size() == 3
                && search("q=" + enc("稀土")).total() == 1 && search("q=" + enc("纺织")).total() == 1);
    }

    @AfterAll
    void removeTheTestIndexes() throws Exception {
        publisher.close();
        // Elasticsearch refuses to delete by wildcard (action.destructive_requires_name): name each version.
        List<String> versions = List.copyOf(elasticsearch.indices().get(g -> g.index(alias + "-*")).indices().keySet());
        if (!versions.isEmpty()) {
            elasticsearch.indices().delete(d -> d.index(versions));
        }
        elasticsearch.indices().deleteIndexTemplate(d -> d.name(alias + "-template"));
    }

    @Test
    void theIndexIsVersionedBehindTheAliasAndSegmentsChineseIntoWords() throws Exception {
        String index = indexes.currentIndex();
        assertTrue(index.startsWith(alias + "-"), index);
        assertEquals(List.of("包头市", "人民政府"), analyze(index, "zh_words", "包头市人民政府"));
        assertEquals(List.of("包", "头", "市", "人", "民", "政", "府"), analyze(index, "zh_chars", "包头市人民政府"));
        // Full-width forms fold to the ones users type.
        assertEquals(List.of("2024", "abc"), analyze(index, "zh_words", "２０２４ ＡＢＣ"));
        var mapping = elasticsearch.indices().getMapping(m -> m.index(index)).get(index).mappings().properties();
        assertTrue(mapping.get("title").text().fields().containsKey("chars"), "title is analysed as characters too");
        assertTrue(mapping.get("body").text().fields().containsKey("chars"), "body is analysed as characters too");
        assertTrue(mapping.get("docNumber").isKeyword());
        assertTrue(mapping.get("titleSuggest").isCompletion());
        assertTrue(indexes.templateVersionOf(index) > 0, "the index records the template version it was made from");
    }

    @Test
    void searchesExpandGovernmentSynonymsOfTheWordsTheTextsUse() throws Exception {
        String index = indexes.currentIndex();
        // An appointments notice says 任免, never 干部 or 任命.
        assertTrue(analyze(index, "zh_words_search", "干部任命").contains("任免"));
        assertEquals(List.of("干部", "任命"), analyze(index, "zh_words", "干部任命"), "documents are indexed as written");
        // The article says 进出口, the reader types 外贸.
        assertEquals(List.of(TRADE), titles(search("q=" + enc("外贸"))));
        assertEquals(0, search("q=" + enc("外贸") + "&design=no_synonyms").total());
    }

    @Test
    void theTitleMatchComesFirstWithHighlights() {
        Result result = search("q=" + enc("烟花爆竹"));
        Hit first = result.hits().get(0);
        assertEquals(FIREWORKS, first.title());
        assertTrue(first.highlightedTitle().contains("<em>烟花爆竹</em>"), first.highlightedTitle());
        assertTrue(first.snippet().contains("<em>"), first.snippet());
        assertEquals("gazette", first.kind());
        assertTrue(result.tookMs() >= 0);
    }

    @Test
    void charactersFindWhatWordSegmentationMisses() {
        // 禁放 is one word to smartcn but 禁止燃放 in the title: the body's characters in sequence still find it.
        assertEquals(FIREWORKS, search("q=" + enc("禁放")).hits().get(0).title());
    }

    @Test
    void aQuotedPhraseMustAppearAsWritten() {
        assertEquals(List.of(FIREWORKS), titles(search("q=" + enc("\"堆燃旺火\""))));
        assertEquals(0, search("q=" + enc("\"旺火堆燃\"")).total());
    }

    @ParameterizedTest
    @ValueSource(strings = {"包府发〔2024〕60号", "包府发[2024]60号", "包府发（2024）60号", "包府发2024-60", "包府发 2024 60号"})
    void aDocumentNumberInAnySpellingLeadsToItsDocument(String spelling) {
        Result result = search("q=" + enc(spelling));
        assertEquals(List.of(FIREWORKS), titles(result));
        assertEquals("包府发〔2024〕60号", result.docNumber());
    }

    @Test
    void filtersNarrowHitsAndFacets() {
        Result office = search("q=" + enc("包头市") + "&issuer=" + enc("包头市人民政府办公室"));
        assertEquals(Set.of(CHILDCARE, CHEMICALS), Set.copyOf(titles(office)));
        assertEquals(List.of(new Facet("通知", 2)), office.facets().get("type"));
        assertEquals(Set.of(new Facet("2024", 1), new Facet("2023", 1)), Set.copyOf(office.facets().get("year")));

        assertEquals(List.of(CHEMICALS), titles(search("q=" + enc("包头市") + "&year=2023")));
        assertEquals(List.of(FIREWORKS), titles(search("q=" + enc("包头市") + "&from=2024-12-21&to=2024-12-31")));
        assertEquals(List.of(FIREWORKS), titles(search("q=" + enc("包头市") + "&type=" + enc("通告"))));
        assertEquals(List.of(MINING), titles(search("q=" + enc("稀土") + "&kind=newspaper")));
        assertEquals(0, search("q=" + enc("稀土") + "&kind=gazette").total());

        Result all = search("q=" + enc("包头市"));
        assertEquals(List.of(new Facet("通知", 2), new Facet("通告", 1)), all.facets().get("type"));
        assertEquals(List.of(new Facet("gazette", 3)), all.facets().get("kind"));
    }

    @Test
    void sortByDateShowsTheNewestFirstAndPagesThrough() {
        assertEquals(List.of(FIREWORKS, CHILDCARE, CHEMICALS), titles(search("q=" + enc("包头市") + "&sort=date")));
        Result second = search("q=" + enc("包头市") + "&sort=date&page=1&size=2");
        assertEquals(List.of(CHEMICALS), titles(second));
        assertEquals(3, second.total());
        assertEquals(1, second.page());
    }

    @Test
    void badParametersAreProblemsNamingThem() {
        for (String query : List.of("q=", "q=a&year=abc", "q=a&from=2024-12-31&to=2024-01-01", "q=a&sort=popular",
                "q=a&kind=magazine", "q=a&size=1000")) {
            HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                    () -> http.toBlocking().exchange("/api/search?" + query, String.class));
            assertEquals(HttpStatus.BAD_REQUEST, e.getStatus(), query);
            assertEquals("application/problem+json", e.getResponse().getContentType().orElseThrow().toString());
            String body = e.getResponse().getBody(String.class).orElseThrow();
            String parameter = query.substring(query.lastIndexOf('&') + 1).replaceAll("=.*", "");
            assertTrue(body.contains("\"parameter\":\"" + (query.contains("from") ? "from" : parameter) + "\""), body);
        }
    }

    @Test
    void suggestionsCompleteTitleStartsAndMiddles() {
        List<String> start = suggest("包头市人民政府办公室");
        assertEquals(Set.of(CHILDCARE, CHEMICALS), Set.copyOf(start));
        assertEquals(List.of(FIREWORKS), suggest("烟花"));
    }

    @Test
    void documentsABulletinNoLongerHoldsAreRemoved() throws Exception {
        TestEvents report = new TestEvents("other");
        var kept = report.document("kept", "保留的通知", "通知", null, "测试机关", LocalDate.of(2024, 5, 1), "阿尔法测试正文");
        var dropped = report.document("dropped", "删除的通知", "通知", null, "测试机关", LocalDate.of(2024, 5, 2), "阿尔法测试正文");
        publisher.send(json, report.version(Instant.parse("2025-02-01T00:00:00Z"), List.of(kept, dropped)));
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() -> search("q=" + enc("阿尔法")).total() == 2);

        publisher.send(json, report.version(Instant.parse("2025-02-02T00:00:00Z"), List.of(kept)));
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() -> titles(search("q=" + enc("阿尔法"))).equals(List.of("保留的通知")));
    }

    @Test
    void writesDuringACopyReachTheNewIndexToo() throws Exception {
        String target = indexes.createVersion();
        routing.startCopyInto(target);
        try {
            TestEvents late = new TestEvents("other");
            var document = late.document("late", "复制期间到达的文件", "通知", null, null, null, "贝塔测试正文");
            publisher.send(json, late.version(Instant.now(), List.of(document)));
            await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() ->
                    elasticsearch.exists(e -> e.index(target).id(document.id())).value()
                            && search("q=" + enc("贝塔")).total() == 1);
        } finally {
            routing.endCopy(() -> { });
            elasticsearch.indices().delete(d -> d.index(target));
        }
    }

    @Test
    void reindexNeedsTheKeyAndSwapsTheAliasWithoutLosingDocuments() throws Exception {
        HttpClientResponseException missing = assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().exchange(HttpRequest.POST("/api/admin/reindex", ""), String.class));
        assertEquals(HttpStatus.UNAUTHORIZED, missing.getStatus());
        HttpClientResponseException wrong = assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().exchange(HttpRequest.POST("/api/admin/reindex", "").header("X-Api-Key", "nope"), String.class));
        assertEquals(HttpStatus.FORBIDDEN, wrong.getStatus());
        assertTrue(wrong.getResponse().getBody(String.class).orElseThrow().contains("api-key-wrong"));

        long before = search("q=" + enc("包头市")).total();
        String source = indexes.currentIndex();
        var accepted = http.toBlocking().exchange(HttpRequest.POST("/api/admin/reindex", "").header("X-Api-Key", ADMIN_KEY),
                ReindexStatus.class);
        assertEquals(HttpStatus.ACCEPTED, accepted.getStatus());
        ReindexStatus started = accepted.body();
        assertEquals(source, started.source());

        await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() -> "done".equals(http.toBlocking().retrieve(
                HttpRequest.GET("/api/admin/reindex/" + started.taskId()).header("X-Api-Key", ADMIN_KEY), ReindexStatus.class).state()));
        ReindexStatus done = http.toBlocking().retrieve(
                HttpRequest.GET("/api/admin/reindex/" + started.taskId()).header("X-Api-Key", ADMIN_KEY), ReindexStatus.class);
        assertEquals(done.total(), done.created());
        assertEquals(started.target(), indexes.currentIndex());
        assertNotEquals(source, started.target());
        assertFalse(elasticsearch.indices().exists(e -> e.index(source)).value(), "the old version is deleted");
        assertEquals(before, search("q=" + enc("包头市")).total());
        assertEquals(List.of(FIREWORKS), titles(search("q=" + enc("包府发〔2024〕60号"))));
    }

    @Test
    void healthReportsElasticsearch() {
        String health = http.toBlocking().retrieve("/health");
        assertTrue(health.contains("\"elasticsearch\""), health);
    }

    private List<String> analyze(String index, String analyzer, String text) throws Exception {
        return elasticsearch.indices().analyze(a -> a.index(index).analyzer(analyzer).text(text)).tokens().stream()
                .map(AnalyzeToken::token).toList();
    }

    private Result search(String query) {
        return http.toBlocking().retrieve("/api/search?" + query, Result.class);
    }

    private List<String> suggest(String prefix) {
        Map<String, List<Map<String, Object>>> body = http.toBlocking().retrieve(
                HttpRequest.GET("/api/search/suggest?q=" + enc(prefix)),
                Argument.mapOf(Argument.STRING, Argument.listOf(Argument.mapOf(String.class, Object.class))));
        List<String> titles = new ArrayList<>();
        body.get("suggestions").forEach(s -> titles.add((String) s.get("title")));
        return titles;
    }

    private static List<String> titles(Result result) {
        return result.hits().stream().map(Hit::title).toList();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @io.micronaut.serde.annotation.Serdeable
    record Result(long total, long tookMs, List<Hit> hits, int page, int size, Map<String, List<Facet>> facets,
                  @io.micronaut.core.annotation.Nullable String docNumber) {
    }

    @io.micronaut.serde.annotation.Serdeable
    record Hit(String id, String title, @io.micronaut.core.annotation.Nullable String docNumber,
               @io.micronaut.core.annotation.Nullable String highlightedTitle,
               @io.micronaut.core.annotation.Nullable String snippet, @io.micronaut.core.annotation.Nullable String kind) {
    }

    @io.micronaut.serde.annotation.Serdeable
    record Facet(String value, long count) {
    }
}
