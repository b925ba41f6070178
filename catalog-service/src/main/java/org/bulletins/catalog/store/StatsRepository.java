package org.bulletins.catalog.store;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

/** Aggregates over the catalog; rows without the value (no issuer, no date, no kind) are not counted in a group. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface StatsRepository extends GenericRepository<DocumentRow, String> {

    @Query("select doc_type as value, count(*) as count from document group by doc_type order by count desc, value")
    List<ValueCount> documentsByType();

    @Query("select issuer as value, count(*) as count from document where issuer is not null"
            + " group by issuer order by count desc, value")
    List<ValueCount> documentsByIssuer();

    @Query("select cast(extract(year from issued_date) as integer) || '' as value, count(*) as count from document"
            + " where issued_date is not null group by 1 order by value desc")
    List<ValueCount> documentsByYear();

    @Query("select b.kind as value, count(*) as count from document d join bulletin b on b.id = d.bulletin_id"
            + " where b.kind is not null group by b.kind order by count desc, value")
    List<ValueCount> documentsByKind();

    @Query("select kind as value, count(*) as count from bulletin where kind is not null"
            + " group by kind order by count desc, value")
    List<ValueCount> bulletinsByKind();

    @Query("select status as value, count(*) as count from bulletin group by status order by value")
    List<ValueCount> bulletinsByStatus();

    @Query("select count(*) from document")
    long countDocuments();
}
