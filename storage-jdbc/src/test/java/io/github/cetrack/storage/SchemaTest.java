package io.github.cetrack.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cetrack.core.store.Tenant;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SchemaTest {

    @ParameterizedTest
    @EnumSource(Db.class)
    void openingAnEmptyDatabaseAsksForMigrateAndChangesNothing(Db db) throws Exception {
        DataSource ds = db.fresh();
        assertThatThrownBy(() -> JdbcStore.open(ds)).isInstanceOf(SchemaException.class)
                .hasMessageContaining("cetrack schema is missing")
                .hasMessageContaining("call JdbcStore.migrate(dataSource) first");
        assertThat(tables(ds)).isZero();
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void migrateCreatesTheSchemaOnceAndIsSafeToRepeat(Db db) throws Exception {
        DataSource ds = db.fresh();
        JdbcStore.migrate(ds).createTenant(Tenant.of("t", "T"));
        JdbcStore again = JdbcStore.migrate(ds);
        assertThat(again.tenant("t")).contains(Tenant.of("t", "T"));
        assertThat(JdbcStore.open(ds).tenants()).containsExactly(Tenant.of("t", "T"));
        assertThat(tables(ds)).isEqualTo(8);
        assertThat(JdbcStore.schemaVersion()).isEqualTo("2");
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void aSchemaNewerThanTheLibraryIsRefusedByOpenAndByMigrate(Db db) throws Exception {
        DataSource ds = db.fresh();
        JdbcStore.migrate(ds);
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            // Flyway quotes its history table's identifiers on H2, so the test quotes them too.
            String q = db == Db.MARIADB ? "" : "\"";
            String columns = String.join(", ", java.util.stream.Stream.of("installed_rank", "version", "description",
                    "type", "script", "checksum", "installed_by", "execution_time", "success").map(n -> q + n + q).toList());
            s.executeUpdate("insert into " + q + "cetrack_schema_history" + q + " (" + columns + ") values (99, '3',"
                    + " 'from the future', 'SQL', 'V3__future.sql', 0, 'test', 1, " + (db == Db.MARIADB ? "1" : "true") + ")");
        }
        assertThatThrownBy(() -> JdbcStore.open(ds)).isInstanceOf(SchemaException.class)
                .hasMessageContaining("schema is at version 3, newer than this library's version 2")
                .hasMessageContaining("upgrade cetrack-storage-jdbc");
        assertThatThrownBy(() -> JdbcStore.migrate(ds)).isInstanceOf(SchemaException.class)
                .hasMessageContaining("newer than this library");
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void aDatabaseAtTheFirstVersionKeepsItsRecordsAndIsUpgradedOnlyByMigrate(Db db) throws Exception {
        DataSource ds = db.fresh();
        // What the first release's migrate left behind.
        io.github.cetrack.storage.internal.Schema.migrate(ds, "1");
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("insert into cetrack_tenant (id, name) values ('t', 'T')");
            s.executeUpdate("insert into cetrack_holder (tenant_id, id, name, row_version) values ('t', 'sam', 'Sam', 1)");
        }
        assertThatThrownBy(() -> JdbcStore.open(ds)).isInstanceOf(SchemaException.class)
                .hasMessageContaining("schema is at version 1 and this library needs version 2")
                .hasMessageContaining("call JdbcStore.migrate(dataSource) first");
        var records = JdbcStore.migrate(ds).records("t");
        assertThat(records.holders()).extracting(io.github.cetrack.core.store.Holder::name).containsExactly("Sam");
        assertThat(JdbcStore.open(ds).tenants()).containsExactly(Tenant.of("t", "T"));
    }

    @org.junit.jupiter.api.Test
    void anUnreachableDatabaseGivesAClearError() {
        org.h2.jdbcx.JdbcDataSource missing = new org.h2.jdbcx.JdbcDataSource();
        missing.setURL("jdbc:h2:file:./target/does-not-exist/db;IFEXISTS=TRUE");
        assertThatThrownBy(() -> JdbcStore.open(missing)).isInstanceOf(SchemaException.class)
                .hasMessageContaining("cannot connect to the database");
    }

    private static int tables(DataSource ds) throws Exception {
        try (Connection c = ds.getConnection();
                ResultSet rs = c.getMetaData().getTables(c.getCatalog(), c.getSchema(), "%", new String[] {"TABLE"})) {
            int n = 0;
            while (rs.next()) {
                n += rs.getString("TABLE_NAME").toLowerCase(java.util.Locale.ROOT).startsWith("cetrack_") ? 1 : 0;
            }
            return n;
        }
    }
}
