package org.bulletins.search.index;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import org.bulletins.search.api.QueryDesign;

/**
 * @param alias        the alias clients and the indexer use; the versioned index behind it is swapped on reindex
 * @param adminApiKey  the key /api/admin/… requires in {@code X-Api-Key}; blank disables those endpoints
 * @param queryDesign  how text is matched unless a request asks for another design (the evaluator does)
 */
@ConfigurationProperties("search")
public record SearchConfig(@Bindable(defaultValue = "documents") String alias,
                           @Nullable String adminApiKey,
                           @Bindable(defaultValue = "words_and_chars") String queryDesign) {

    public QueryDesign defaultDesign() {
        return QueryDesign.fromCode(queryDesign);
    }

    public boolean adminEnabled() {
        return adminApiKey != null && !adminApiKey.isBlank();
    }
}
