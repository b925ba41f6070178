package org.bulletins.catalog.store;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import io.micronaut.data.repository.jpa.JpaSpecificationExecutor;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface BulletinRepository extends CrudRepository<BulletinRow, String>, JpaSpecificationExecutor<BulletinRow> {

    Page<BulletinRow> findByStatus(String status, Pageable pageable);
}
