package org.bulletins.search.index;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * @param bulkSize      documents per bulk request
 * @param attempts      attempts of a bulk before the consumer pauses until Elasticsearch answers again
 * @param firstBackoff  wait after the first failed attempt, doubled after each further one
 * @param probeInterval while paused, how often Elasticsearch is asked whether it is back
 */
@ConfigurationProperties("search.indexing")
public record IndexingConfig(@Bindable(defaultValue = "500") int bulkSize,
                             @Bindable(defaultValue = "3") int attempts,
                             @Bindable(defaultValue = "500ms") Duration firstBackoff,
                             @Bindable(defaultValue = "5s") Duration probeInterval) {
}
