package org.bulletins.catalog.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import org.bulletins.catalog.store.ValueCount;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the catalog holds. Each {@code by…} map is ordered (largest group first; years newest first) and leaves
 * out the rows without that value, e.g. undated documents in {@code byYear}.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CatalogStats(Documents documents, Bulletins bulletins, Failed failed) {

    /** Documents by type (文种), issuer, issued year and kind of their bulletin. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Documents(long total, Map<String, Long> byType, Map<String, Long> byIssuer,
                            Map<String, Long> byYear, Map<String, Long> byKind) {
    }

    /** Bulletins by status (parsed, failed) and kind. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Bulletins(long total, Map<String, Long> byStatus, Map<String, Long> byKind) {
    }

    /** The failed bulletins: how many, and the latest few with their reason and how to re-submit them. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Failed(long count, List<FailedSummary> latest) {
    }

    /** A failed bulletin in the stats; {@code GET /api/bulletins/{id}} tells more. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record FailedSummary(String id, String sourceKey, Failure failure) {
    }

    static Map<String, Long> map(List<ValueCount> counts) {
        Map<String, Long> map = new LinkedHashMap<>();
        counts.forEach(c -> map.put(c.value(), c.count()));
        return map;
    }
}
