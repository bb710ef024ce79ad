package io.github.cetrack.storage;

import static org.junit.jupiter.api.Assertions.fail;

import io.github.cetrack.core.store.Records;
import io.github.cetrack.core.store.Tenant;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Assumptions;
import org.mariadb.jdbc.MariaDbDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The databases every storage test runs on. Each test run works in schemas (PostgreSQL) or
 * databases (MariaDB) of its own, named {@code cetrack_test_<random>} and dropped when the JVM
 * exits, so concurrent runs never collide.
 *
 * <p>PostgreSQL and MariaDB are expected at 127.0.0.1 (override with {@code CETRACK_TEST_POSTGRESQL}
 * and {@code CETRACK_TEST_MARIADB}, JDBC URLs of a database the user may create schemas in). When
 * one is unreachable its tests are skipped with a message, except when {@code CI=true}: then they
 * fail, so CI never passes without having tested every database.
 */
enum Db {
    H2_MEMORY, H2_FILE, POSTGRESQL, MARIADB;

    private static final String RUN = "cetrack_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    private static final Map<Db, JdbcStore> SHARED = new ConcurrentHashMap<>();
    private static final List<Runnable> CLEANUP = new ArrayList<>();
    private static int fresh;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            synchronized (CLEANUP) {
                CLEANUP.forEach(Runnable::run);
            }
        }));
    }

    /** A migrated store shared by the tests of this run; tests isolate themselves by tenant. */
    JdbcStore shared() {
        return SHARED.computeIfAbsent(this, db -> JdbcStore.migrate(db.fresh()));
    }

    /** Records of a new tenant in the shared store. */
    Records newTenant() {
        String id = "t-" + UUID.randomUUID();
        shared().createTenant(Tenant.of(id, "Test tenant " + id));
        return shared().records(id);
    }

    /** A new, empty database (or schema) that nothing else uses. */
    DataSource fresh() {
        return dataSource(freshUrl());
    }

    /** The JDBC URL of a new, empty database (or schema) that nothing else uses, for another process too. */
    synchronized String freshUrl() {
        String name = RUN + "_" + (++fresh);
        return switch (this) {
            case H2_MEMORY -> "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
            case H2_FILE -> "jdbc:h2:" + h2Directory().resolve(name).toAbsolutePath();
            case POSTGRESQL -> postgresql(name);
            case MARIADB -> mariadb(name);
        };
    }

    /** A data source for a URL of one of the three databases. */
    static DataSource dataSource(String url) {
        if (url.startsWith("jdbc:h2:")) {
            JdbcDataSource ds = new JdbcDataSource();
            ds.setURL(url);
            return ds;
        }
        if (url.startsWith("jdbc:postgresql:")) {
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setURL(url);
            return ds;
        }
        return maria(url);
    }

    private static Path h2Directory() {
        try {
            Path dir = Files.createDirectories(Path.of("target", "h2"));
            return dir;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String postgresql(String schema) {
        String url = env("CETRACK_TEST_POSTGRESQL", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
        PGSimpleDataSource admin = new PGSimpleDataSource();
        admin.setURL(url);
        execute(admin, "PostgreSQL", url, "create schema " + schema);
        cleanup(() -> execute(admin, "PostgreSQL", url, "drop schema " + schema + " cascade"));
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    private static String mariadb(String database) {
        String url = env("CETRACK_TEST_MARIADB", "jdbc:mariadb://127.0.0.1:3306/test?user=root");
        DataSource admin = maria(url);
        execute(admin, "MariaDB", url, "create database " + database + " character set utf8mb4 collate utf8mb4_bin");
        cleanup(() -> execute(admin, "MariaDB", url, "drop database " + database));
        return url.replaceFirst("/test(\\?|$)", "/" + database + "$1");
    }

    private static DataSource maria(String url) {
        try {
            return new MariaDbDataSource(url);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void execute(DataSource ds, String product, String url, String sql) {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            String why = product + " at " + url + " is not reachable (" + e.getMessage() + ")";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(why + "; CI=true requires every database");
            }
            Assumptions.abort(why + "; its tests are skipped. Start it, or point CETRACK_TEST_"
                    + product.toUpperCase(Locale.ROOT) + " at one (CI=true turns this skip into a failure)");
        }
    }

    private static void cleanup(Runnable action) {
        synchronized (CLEANUP) {
            CLEANUP.add(() -> {
                try {
                    action.run();
                } catch (RuntimeException | Error ignored) {
                    // best effort: the schema has a unique name and harms nothing if left
                }
            });
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
