package org.bulletins.catalog.store;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import io.micronaut.data.repository.jpa.JpaSpecificationExecutor;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface DocumentRepository extends CrudRepository<DocumentRow, String>, JpaSpecificationExecutor<DocumentRow> {

    List<DocumentRow> findByBulletinIdOrderByOrdinal(String bulletinId);

    /** Removes the documents that a new version of their bulletin no longer holds. */
    int deleteByBulletinIdAndIdNotInList(String bulletinId, Collection<String> ids);
}
