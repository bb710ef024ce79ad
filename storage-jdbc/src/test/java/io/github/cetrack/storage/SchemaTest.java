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
        assertThat(tables(ds)).isEqualTo(9);
        assertThat(JdbcStore.schemaVersion()).isEqualTo("4");
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
            s.executeUpdate("insert into " + q + "cetrack_schema_history" + q + " (" + columns + ") values (99, '5',"
                    + " 'from the future', 'SQL', 'V5__future.sql', 0, 'test', 1, " + (db == Db.MARIADB ? "1" : "true") + ")");
        }
        assertThatThrownBy(() -> JdbcStore.open(ds)).isInstanceOf(SchemaException.class)
                .hasMessageContaining("schema is at version 5, newer than this library's version 4")
                .hasMessageContaining("upgrade cetrack-storage-jdbc");
        assertThatThrownBy(() -> JdbcStore.migrate(ds)).isInstanceOf(SchemaException.class)
                .hasMessageContaining("newer than this library");
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void oneQueryTellsACurrentSchemaAndLeavesEveryOtherToFlyway(Db db) throws Exception {
        DataSource ds = db.fresh();
        assertThat(io.github.cetrack.storage.internal.Schema.isCurrent(ds)).as("no history table").isFalse();
        io.github.cetrack.storage.internal.Schema.migrate(ds, "2");
        assertThat(io.github.cetrack.storage.internal.Schema.isCurrent(ds)).as("older").isFalse();
        JdbcStore.migrate(ds);
        assertThat(io.github.cetrack.storage.internal.Schema.isCurrent(ds)).as("current").isTrue();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            String q = db == Db.MARIADB ? "" : "\"";
            s.executeUpdate("update " + q + "cetrack_schema_history" + q + " set " + q + "success" + q + " = "
                    + (db == Db.MARIADB ? "0" : "false") + " where " + q + "version" + q + " = '" + JdbcStore.schemaVersion() + "'");
        }
        assertThat(io.github.cetrack.storage.internal.Schema.isCurrent(ds)).as("failed").isFalse();
        assertThatThrownBy(() -> JdbcStore.open(ds)).isInstanceOf(SchemaException.class)
                .hasMessageContaining("failed earlier");
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
                .hasMessageContaining("schema is at version 1 and this library needs version 4")
                .hasMessageContaining("call JdbcStore.migrate(dataSource) first");
        var records = JdbcStore.migrate(ds).records("t");
        assertThat(records.holders()).extracting(io.github.cetrack.core.store.Holder::name).containsExactly("Sam");
        assertThat(JdbcStore.open(ds).tenants()).containsExactly(Tenant.of("t", "T"));
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void version3RewritesStoredCategoriesAsTopicsAndKeepsCodesThatNameNoTopic(Db db) throws Exception {
        DataSource ds = atVersion2(db, "law_and_ethics", "ethics", "foo_bar", "foo_bar,suicide_risk_assessment,zzz", "");
        String body = "{\"catalog_version\":\"old\",\"credited\":{\"law_and_ethics\":6}}";
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("insert into cetrack_license (tenant_id, id, holder_id, jurisdiction, license_type,"
                    + " first_issued_on, roles, row_version) values ('t', 'l1', 'sam', 'US-CA', 'LCSW',"
                    + " date '2012-03-10', '', 1)");
            s.executeUpdate("insert into cetrack_evaluation (tenant_id, id, license_id, cycle_start, cycle_end,"
                    + " evaluated_at, catalog_version, body) values ('t', 'e1', 'l1', date '2024-04-01',"
                    + " date '2026-03-31', 1, 'old', '" + body + "')");
        }
        assertThatThrownBy(() -> JdbcStore.open(ds)).isInstanceOf(SchemaException.class)
                .hasMessageContaining("schema is at version 2 and this library needs version 4");

        var records = JdbcStore.migrate(ds).records("t");
        assertThat(records.activity("a1").orElseThrow().activity().topics()).containsExactly("ethics", "laws_and_rules");
        assertThat(records.activity("a2").orElseThrow().activity().topics()).containsExactly("ethics");
        assertThat(records.activity("a3").orElseThrow()).satisfies(a -> {
            assertThat(a.activity().topics()).isEmpty();
            assertThat(a.unmappedTopics()).containsExactly("foo_bar");
            assertThat(a.version()).isEqualTo(1);
        });
        assertThat(records.activity("a4").orElseThrow()).satisfies(a -> {
            assertThat(a.activity().topics()).containsExactly("suicide_prevention");
            assertThat(a.unmappedTopics()).containsExactly("foo_bar", "zzz");
        });
        assertThat(records.activity("a5").orElseThrow().activity().topics()).isEmpty();
        assertThat(records.activitiesOf("sam")).allSatisfy(a -> assertThat(a.activity().topics())
                .allSatisfy(t -> assertThat(io.github.cetrack.core.Topics.isKnown(t)).as(t).isTrue()));
        // The licence's evaluation input reads every activity, unmapped codes or not.
        assertThat(records.evaluationInput("l1").activities()).hasSize(5);
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select body from cetrack_evaluation where id = 'e1'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).as("a saved evaluation is a historical record").isEqualTo(body);
        }
        assertThat(JdbcStore.open(ds).records("t").activity("a1")).isPresent();
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void codesThatNameNoTopicSurviveAnEditAndGoOnlyWhenDropped(Db db) throws Exception {
        DataSource ds = atVersion2(db, "ethics,foo_bar");
        var records = JdbcStore.migrate(ds).records("t");
        var stored = records.activity("a1").orElseThrow();
        var edited = records.save(stored.withActivity(stored.activity().withHours(new java.math.BigDecimal("2"),
                io.github.cetrack.core.HourUnit.CLOCK_HOUR)));
        assertThat(edited.unmappedTopics()).containsExactly("foo_bar");
        assertThat(records.activity("a1").orElseThrow().unmappedTopics()).containsExactly("foo_bar");
        records.save(edited.withUnmappedTopics(java.util.Set.of()));
        assertThat(records.activity("a1").orElseThrow()).satisfies(a -> {
            assertThat(a.unmappedTopics()).isEmpty();
            assertThat(a.activity().topics()).containsExactly("ethics");
        });
    }

    // A new database as version 2 left it: tenant t, holder sam, and activities a1, a2, ... with
    // these comma-joined categories.
    private static DataSource atVersion2(Db db, String... categories) throws Exception {
        DataSource ds = db.fresh();
        io.github.cetrack.storage.internal.Schema.migrate(ds, "2");
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("insert into cetrack_tenant (id, name) values ('t', 'T')");
            s.executeUpdate("insert into cetrack_holder (tenant_id, id, name, row_version) values ('t', 'sam', 'Sam', 1)");
            for (int i = 0; i < categories.length; i++) {
                String id = "a" + (i + 1);
                s.executeUpdate("insert into cetrack_activity (tenant_id, id, holder_id, title, provider, approvals,"
                        + " completed_on, hours, hour_unit, delivery_format, activity_kind, categories, row_version)"
                        + " values ('t', '" + id + "', 'sam', 'Course " + id + "', 'PESI', 'apa', date '2025-02-01', 6,"
                        + " 'clock_hour', 'live_online', 'course', '" + categories[i] + "', 1)");
            }
        }
        return ds;
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
