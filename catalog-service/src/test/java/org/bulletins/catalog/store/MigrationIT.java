package org.bulletins.catalog.store;

import org.bulletins.testing.Infrastructure;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The migrations build the schema from an empty database (the test database, cleaned first). */
class MigrationIT {

    @Test
    void migratesAnEmptyDatabaseToTheCatalogSchema() throws SQLException {
        Infrastructure servers = Infrastructure.get();
        Flyway flyway = Flyway.configure()
                .dataSource(servers.jdbcUrl(), servers.jdbcUser(), servers.jdbcPassword())
                .locations("classpath:db/migration")
                .cleanDisabled(false)
                .load();
        flyway.clean();

        assertEquals(2, flyway.migrate().migrationsExecuted);

        try (Connection connection = DriverManager.getConnection(servers.jdbcUrl(), servers.jdbcUser(),
                servers.jdbcPassword())) {
            assertEquals(Set.of("bulletin", "document", "chronicle_entry", "flyway_schema_history"),
                    names(connection, "select table_name from information_schema.tables where table_schema = 'public'"));
            Set<String> indexes = names(connection, "select indexname from pg_indexes where schemaname = 'public'");
            for (String index : new String[]{"bulletin_source_key", "bulletin_status_received", "bulletin_kind_received",
                    "bulletin_content_hash", "bulletin_gazette_issue", "document_newest", "document_type",
                    "document_issuer", "document_number", "document_title", "document_bulletin",
                    "chronicle_entry_date"}) {
                assertTrue(indexes.contains(index), "missing index " + index + " in " + indexes);
            }
            Set<String> documentColumns = names(connection,
                    "select column_name from information_schema.columns where table_name = 'document'");
            assertTrue(documentColumns.containsAll(Set.of("doc_number", "doc_number_raw", "issuer", "issued_date",
                    "dated", "authors", "attachments", "addressees", "sections", "content_hash", "version",
                    "created_at", "updated_at")), documentColumns.toString());
            assertTrue(names(connection, "select column_name from information_schema.columns where table_name = 'bulletin'")
                    .containsAll(Set.of("failure_code", "failure_reason", "failure_origin", "dead_letter", "warnings",
                            "table_of_contents", "received_at", "parsed_at")));
        }
    }

    private static Set<String> names(Connection connection, String sql) throws SQLException {
        Set<String> names = new HashSet<>();
        try (ResultSet rows = connection.createStatement().executeQuery(sql)) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }
}
