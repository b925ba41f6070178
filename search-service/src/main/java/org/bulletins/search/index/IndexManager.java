package org.bulletins.search.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.CreateIndexRequest;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Owns the index layout: a versioned index ({@code <alias>-<timestamp>}) created from
 * {@code elasticsearch/documents-index.json}, behind the alias that readers and writers use.
 */
@Singleton
public class IndexManager {

    private static final Logger LOG = LoggerFactory.getLogger(IndexManager.class);
    private static final String DEFINITION = "elasticsearch/documents-index.json";
    private static final DateTimeFormatter VERSION = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

    private final ElasticsearchClient client;
    private final SearchConfig config;
    private final Clock clock;
    private volatile boolean ready;

    public IndexManager(ElasticsearchClient client, SearchConfig config, Clock clock) {
        this.client = client;
        this.config = config;
        this.clock = clock;
    }

    public String alias() {
        return config.alias();
    }

    /** Makes sure the alias points at an index; creates the first version when there is none. */
    public void ensureReady() throws IOException {
        if (ready) {
            return;
        }
        synchronized (this) {
            if (!ready && !client.indices().existsAlias(a -> a.name(alias())).value()) {
                String index = createVersion();
                client.indices().updateAliases(u -> u.actions(a -> a.add(add -> add.index(index).alias(alias()))));
                LOG.info("Created index {} behind alias {}", index, alias());
            }
            ready = true;
        }
    }

    /** Creates a new, empty index version from the definition and returns its name. */
    public String createVersion() throws IOException {
        String index = alias() + "-" + VERSION.format(clock.instant());
        try (InputStream definition = getClass().getClassLoader().getResourceAsStream(DEFINITION)) {
            if (definition == null) {
                throw new IllegalStateException(DEFINITION + " is missing from the service's jar");
            }
            client.indices().create(CreateIndexRequest.of(c -> c.index(index).withJson(definition)));
        }
        return index;
    }

    /** Forgets what it knew of the layout, e.g. after Elasticsearch lost its data. */
    public void invalidate() {
        ready = false;
    }

    static UncheckedIOException unchecked(IOException e) {
        return new UncheckedIOException(e);
    }
}
