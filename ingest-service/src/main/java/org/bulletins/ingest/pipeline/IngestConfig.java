package org.bulletins.ingest.pipeline;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/** @param maxBulletinBytes bulletins larger than this are rejected (INGEST_MAX_BULLETIN_BYTES) */
@ConfigurationProperties("ingest")
public record IngestConfig(@Bindable(defaultValue = "20971520") long maxBulletinBytes) {
}
