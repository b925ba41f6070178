package org.bulletins.catalog.store;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.repository.jpa.criteria.PredicateSpecification;
import jakarta.persistence.criteria.Predicate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Which documents a list shows; every criterion given must hold.
 *
 * @param docNumber canonical 〔〕 spelling, as stored
 * @param from      first issued date included
 * @param to        last issued date included
 */
public record DocumentCriteria(@Nullable String type, @Nullable String issuer, @Nullable String docNumber,
                               @Nullable LocalDate from, @Nullable LocalDate to, @Nullable String bulletinId) {

    public PredicateSpecification<DocumentRow> toSpecification() {
        return (root, cb) -> {
            List<Predicate> all = new ArrayList<>();
            if (type != null) {
                all.add(cb.equal(root.get("docType"), type));
            }
            if (issuer != null) {
                all.add(cb.equal(root.get("issuer"), issuer));
            }
            if (docNumber != null) {
                all.add(cb.equal(root.get("docNumber"), docNumber));
            }
            if (from != null) {
                all.add(cb.greaterThanOrEqualTo(root.get("issuedDate"), from));
            }
            if (to != null) {
                all.add(cb.lessThanOrEqualTo(root.get("issuedDate"), to));
            }
            if (bulletinId != null) {
                all.add(cb.equal(root.get("bulletinId"), bulletinId));
            }
            return all.isEmpty() ? null : cb.and(all.toArray(Predicate[]::new));
        };
    }
}
