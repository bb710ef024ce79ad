package io.github.cetrack.storage.internal;

import io.github.cetrack.storage.SchemaException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Flyway migrations and the schema-version check. Not API. */
public final class Schema {

    /** The newest migration this library ships. */
    public static final String LATEST = "4";

    private static final Logger LOG = LoggerFactory.getLogger(Schema.class);
    private static final String LOCATION = "classpath:io/github/cetrack/storage/migration";
    private static final String HISTORY = "cetrack_schema_history";

    private Schema() {}

    /** Applies pending migrations; refuses a schema newer than this library. */
    public static void migrate(DataSource dataSource) {
        migrate(dataSource, LATEST);
    }

    /**
     * Applies pending migrations up to {@code version}, as an older release of this library would
     * have left the schema (upgrade tests use it); refuses a schema newer than this library.
     */
    public static void migrate(DataSource dataSource, String version) {
        Flyway flyway = configure(dataSource).target(version).load();
        try {
            refuseNewer(flyway.info());
            int applied = flyway.migrate().migrationsExecuted;
            LOG.info("cetrack schema migrated: {} migration(s) applied, now at version {}", applied, version);
        } catch (FlywayException e) {
            throw new SchemaException("cannot migrate the cetrack schema: " + firstLine(e.getMessage()), e);
        }
    }

    /** Checks that the schema is exactly at this library's version, without changing it. */
    public static void check(DataSource dataSource) {
        if (isCurrent(dataSource)) {
            return;
        }
        MigrationInfoService info;
        try {
            info = configure(dataSource).load().info();
        } catch (FlywayException e) {
            throw new SchemaException("cannot read the cetrack schema version: " + firstLine(e.getMessage()), e);
        }
        refuseNewer(info);
        for (MigrationInfo m : info.all()) {
            if (m.getState().isFailed()) {
                throw new SchemaException("cetrack schema migration " + m.getVersion() + " failed earlier ("
                        + m.getState().getDisplayName() + "); repair the database before opening it");
            }
        }
        if (info.pending().length > 0) {
            MigrationInfo current = info.current();
            throw new SchemaException("the database's cetrack schema is "
                    + (current == null ? "missing" : "at version " + current.getVersion())
                    + " and this library needs version " + LATEST + "; call JdbcStore.migrate(dataSource) first");
        }
    }

    /**
     * Whether one query of the history table shows the schema exactly at {@link #LATEST}: every
     * recorded migration succeeded and the highest version applied is this library's. Opening a
     * current database then costs one query instead of Flyway's scan of the migrations (about a
     * fifth of a short command's time). Anything else (no history table, a failed, older or newer
     * schema) is left to Flyway's full check, which explains it.
     */
    public static boolean isCurrent(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            // Flyway quotes the history table's lowercase names ("..." on H2 and PostgreSQL, `...` on MariaDB).
            String q = c.getMetaData().getIdentifierQuoteString().trim();
            String sql = "select " + q + "version" + q + ", " + q + "success" + q + " from " + q + HISTORY + q;
            MigrationVersion highest = null;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                while (rs.next()) {
                    if (!rs.getBoolean(2)) {
                        return false;
                    }
                    String version = rs.getString(1);
                    if (version != null) {
                        MigrationVersion v = MigrationVersion.fromVersion(version);
                        highest = highest == null || v.compareTo(highest) > 0 ? v : highest;
                    }
                }
            }
            return MigrationVersion.fromVersion(LATEST).equals(highest);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    private static void refuseNewer(MigrationInfoService info) {
        MigrationInfo[] future = Arrays.stream(info.applied())
                .filter(m -> m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED)
                .toArray(MigrationInfo[]::new);
        if (future.length > 0) {
            throw new SchemaException("the database's cetrack schema is at version "
                    + future[future.length - 1].getVersion() + ", newer than this library's version " + LATEST
                    + "; upgrade cetrack-storage-jdbc to open it");
        }
    }

    private static FluentConfiguration configure(DataSource dataSource) {
        return Flyway.configure(Schema.class.getClassLoader())
                .dataSource(dataSource)
                .locations(LOCATION)
                .table(HISTORY)
                .placeholders(placeholders(Vendor.of(dataSource)))
                .javaMigrations(new TopicsMigration())
                .validateMigrationNaming(true);
    }

    private static Map<String, String> placeholders(Vendor vendor) {
        return switch (vendor) {
            case POSTGRESQL -> Map.of("bytes", "bytea", "text", "text", "table_options", "");
            case MARIADB -> Map.of("bytes", "longblob", "text", "longtext",
                    // Binary collation: ids compare exactly, as on the other databases.
                    "table_options", " engine=InnoDB default charset=utf8mb4 collate=utf8mb4_bin");
            case H2 -> Map.of("bytes", "blob", "text", "clob", "table_options", "");
        };
    }

    private static String firstLine(String message) {
        return message == null ? "unknown error" : message.strip().lines().findFirst().orElse("");
    }

    /** The databases the schema supports. */
    enum Vendor {
        H2, POSTGRESQL, MARIADB;

        static Vendor of(DataSource dataSource) {
            try (Connection c = dataSource.getConnection()) {
                String name = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
                if (name.contains("postgres")) {
                    return POSTGRESQL;
                }
                if (name.contains("mariadb") || name.contains("mysql")) {
                    return MARIADB;
                }
                if (name.contains("h2")) {
                    return H2;
                }
                throw new SchemaException("cetrack supports H2, PostgreSQL and MariaDB, not " + name);
            } catch (SQLException e) {
                throw new SchemaException("cannot connect to the database: " + e.getMessage(), e);
            }
        }
    }
}
