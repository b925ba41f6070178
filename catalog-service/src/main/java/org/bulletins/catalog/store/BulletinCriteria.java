package org.bulletins.catalog.store;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.repository.jpa.criteria.PredicateSpecification;
import jakarta.persistence.criteria.Predicate;

import java.util.ArrayList;
import java.util.List;

/** Which bulletins a list shows: by status ({@code parsed}, {@code failed}) and kind code, each when given. */
public record BulletinCriteria(@Nullable String status, @Nullable String kind) {

    public PredicateSpecification<BulletinRow> toSpecification() {
        return (root, cb) -> {
            List<Predicate> all = new ArrayList<>();
            if (status != null) {
                all.add(cb.equal(root.get("status"), status));
            }
            if (kind != null) {
                all.add(cb.equal(root.get("kind"), kind));
            }
            return all.isEmpty() ? null : cb.and(all.toArray(Predicate[]::new));
        };
    }
}
