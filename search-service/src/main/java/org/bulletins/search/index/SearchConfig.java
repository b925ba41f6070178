package org.bulletins.search.index;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/** @param alias the alias clients and the indexer use; the versioned index behind it is swapped on reindex */
@ConfigurationProperties("search")
public record SearchConfig(@Bindable(defaultValue = "documents") String alias) {
}
