package org.bulletins.search.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import co.elastic.clients.elasticsearch.indices.PutIndexTemplateRequest;
import co.elastic.clients.json.JsonData;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.StringReader;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Set;

/**
 * Owns the index layout: the index template {@code <alias>-template} (from
 * {@code elasticsearch/documents-template.json}, matching {@code <alias>-*}) and the versioned indexes
 * {@code <alias>-<timestamp>} behind the alias that readers and writers use. Set up at start-up when
 * Elasticsearch answers, else on first use, so the service starts (and reports Elasticsearch down) without it.
 */
@Singleton
public class IndexManager {

    private static final Logger LOG = LoggerFactory.getLogger(IndexManager.class);
    private static final String TEMPLATE = "elasticsearch/documents-template.json";
    private static final DateTimeFormatter VERSION = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);
    private static final String TEMPLATE_VERSION = "templateVersion";

    private final ElasticsearchClient client;
    private final SearchConfig config;
    private final Clock clock;
    private final IndexTemplate template = IndexTemplate.load(TEMPLATE);
    private volatile boolean ready;

    public IndexManager(ElasticsearchClient client, SearchConfig config, Clock clock) {
        this.client = client;
        this.config = config;
        this.clock = clock;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        try {
            ensureReady();
        } catch (IOException | RuntimeException e) {
            LOG.warn("Elasticsearch did not answer at start-up ({}); the index template and alias {} are set up "
                    + "when it does", e.getMessage(), alias());
        }
    }

    public String alias() {
        return config.alias();
    }

    /** Installs the template and makes sure the alias points at an index, creating the first version if needed. */
    public void ensureReady() throws IOException {
        if (ready) {
            return;
        }
        synchronized (this) {
            if (ready) {
                return;
            }
            putTemplate();
            if (!client.indices().existsAlias(a -> a.name(alias())).value()) {
                String index = createVersion();
                client.indices().updateAliases(u -> u.actions(a -> a.add(add -> add.index(index).alias(alias()))));
                LOG.info("Created index {} behind alias {}", index, alias());
            } else {
                warnIfOlderThanTemplate();
            }
            ready = true;
        }
    }

    /** Creates a new, empty index version (the template gives it settings and mappings) and returns its name. */
    public String createVersion() throws IOException {
        putTemplate();
        String index = alias() + "-" + VERSION.format(clock.instant());
        // The template's version is recorded in the index, so a later start can tell the index is older than it.
        client.indices().create(c -> c.index(index)
                .mappings(m -> m.meta(TEMPLATE_VERSION, JsonData.of(template.version()))));
        return index;
    }

    /** The index the alias points at now. */
    public String currentIndex() throws IOException {
        ensureReady();
        return aliasedIndex();
    }

    private String aliasedIndex() throws IOException {
        Set<String> indexes = client.indices().getAlias(a -> a.name(alias())).aliases().keySet();
        if (indexes.size() != 1) {
            throw new IllegalStateException("alias " + alias() + " points at " + indexes + "; expected exactly one index");
        }
        return indexes.iterator().next();
    }

    /** Moves the alias from one index to the other in one atomic request: readers never see no index. */
    public void swapAlias(String from, String to) throws IOException {
        client.indices().updateAliases(u -> u
                .actions(a -> a.remove(r -> r.index(from).alias(alias())))
                .actions(a -> a.add(add -> add.index(to).alias(alias()))));
        LOG.info("Alias {} now points at {} (was {})", alias(), to, from);
    }

    /** The version of the template an index was created from, 0 if it predates that record. */
    public long templateVersionOf(String index) throws IOException {
        TypeMapping mapping = client.indices().getMapping(g -> g.index(index)).get(index).mappings();
        JsonData version = mapping.meta() == null ? null : mapping.meta().get(TEMPLATE_VERSION);
        return version == null ? 0 : version.to(Long.class);
    }

    /** New analysis (e.g. synonyms) reaches the documents already indexed only by a reindex into a new version. */
    private void warnIfOlderThanTemplate() {
        String index;
        long indexVersion;
        try {
            index = aliasedIndex();
            indexVersion = templateVersionOf(index);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not tell which template version the index behind alias {} was made from: {}", alias(),
                    e.getMessage());
            return;
        }
        if (indexVersion < template.version()) {
            LOG.warn("Index {} was created from version {} of the index template; this service ships version {}, "
                    + "whose analysis or mappings differ. Searches work, but to apply the new version rebuild the "
                    + "index with no downtime: POST /api/admin/reindex (header X-Api-Key)", index, indexVersion,
                    template.version());
        }
    }

    /** Forgets what it knew of the layout, e.g. after Elasticsearch lost its data; the next use sets it up again. */
    public void invalidate() {
        ready = false;
    }

    private void putTemplate() throws IOException {
        client.indices().putIndexTemplate(PutIndexTemplateRequest.of(t -> t
                .withJson(new StringReader(template.json()))
                .name(alias() + "-template")
                .indexPatterns(alias() + "-*")));
    }
}
