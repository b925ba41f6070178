package org.bulletins.search.api;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import jakarta.inject.Singleton;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The facets: a terms aggregation per filterable field, named after the filter parameter it feeds, counting
 * distinct documents (copies of one document in several bulletins count once, as in the hits).
 */
@Singleton
public class FacetReader {

    /** Filter parameter → indexed field, in the order the facets are shown. */
    private static final Map<String, String> FIELDS = orderedFields();
    private static final int VALUES_PER_FACET = 20;
    private static final String DISTINCT = "distinct";

    public Map<String, Aggregation> aggregations() {
        Map<String, Aggregation> aggregations = new LinkedHashMap<>();
        FIELDS.forEach((name, field) -> aggregations.put(name, Aggregation.of(a -> a
                .terms(t -> t.field(field).size(VALUES_PER_FACET))
                .aggregations(DISTINCT, distinctDocuments()))));
        aggregations.put(DISTINCT, distinctDocuments());
        return aggregations;
    }

    /** Documents matching, each counted once however many bulletins hold it. */
    public long total(Map<String, Aggregate> aggregations) {
        Aggregate distinct = aggregations.get(DISTINCT);
        return distinct == null ? 0 : distinct.cardinality().value();
    }

    private static Aggregation distinctDocuments() {
        // Exact below the threshold (Elasticsearch's maximum); the count of a large result is approximate.
        return Aggregation.of(a -> a.cardinality(c -> c.field("fingerprint").precisionThreshold(40_000)));
    }

    public Map<String, List<FacetCount>> read(Map<String, Aggregate> aggregations) {
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        for (String name : FIELDS.keySet()) {
            Aggregate aggregate = aggregations.get(name);
            facets.put(name, aggregate == null ? List.of() : counts(aggregate));
        }
        return facets;
    }

    private static List<FacetCount> counts(Aggregate aggregate) {
        if (aggregate.isSterms()) {
            return aggregate.sterms().buckets().array().stream()
                    .map(b -> new FacetCount(b.key().stringValue(), distinct(b.aggregations()))).toList();
        }
        if (aggregate.isLterms()) {
            return aggregate.lterms().buckets().array().stream()
                    .map(b -> new FacetCount(String.valueOf(b.key()), distinct(b.aggregations()))).toList();
        }
        return List.of(); // no document has the field: Elasticsearch answers with unmapped terms
    }

    private static long distinct(Map<String, Aggregate> bucket) {
        return bucket.get(DISTINCT).cardinality().value();
    }

    private static Map<String, String> orderedFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("type", "docType");
        fields.put("issuer", "issuer");
        fields.put("year", "year");
        fields.put("kind", "kind");
        return fields;
    }
}
