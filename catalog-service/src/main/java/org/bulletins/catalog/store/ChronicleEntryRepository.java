package org.bulletins.catalog.store;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ChronicleEntryRepository extends CrudRepository<ChronicleEntryRow, ChronicleEntryRow.Key> {

    List<ChronicleEntryRow> findByKeyDocumentIdOrderByKeyOrdinal(String documentId);

    void deleteByKeyDocumentId(String documentId);
}
