package org.bulletins.ingest.pipeline;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.bulletins.ingest.parse.BulletinParser;

/** The parser is plain Java (the command line uses it without a context); the service configures it here. */
@Factory
class ParserFactory {

    @Singleton
    BulletinParser bulletinParser(IngestConfig config) {
        return new BulletinParser(config.maxBulletinBytes());
    }
}
