package io.github.cetrack.examples.cli;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.cetrack.catalog.ComplianceEngine;
import io.github.cetrack.core.Evaluation;
import io.github.cetrack.core.RenewalCycle;
import io.github.cetrack.core.store.EvaluationInput;
import io.github.cetrack.core.store.Holder;
import io.github.cetrack.core.store.Records;
import io.github.cetrack.core.store.StoreException;
import io.github.cetrack.core.store.StoredLicense;
import io.github.cetrack.core.store.Tenant;
import io.github.cetrack.storage.JdbcStore;
import io.github.cetrack.storage.SchemaException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

/**
 * The clinician's own records: one tenant ({@code local}) and one holder ({@code me}) in the
 * database named by {@code --db}, {@code $CETRACK_DB} or the H2 file {@code ~/.cetrack/cetrack}.
 */
public final class Tracker implements AutoCloseable {

    static final String TENANT = "local";
    static final String HOLDER = "me";

    final String url;
    final JdbcStore store;
    final Clock clock;
    private final HikariDataSource pool;
    private ComplianceEngine engine;
    private Records records;

    private Tracker(String url, HikariDataSource pool, JdbcStore store) {
        this(url, pool, store, clock());
    }

    private Tracker(String url, HikariDataSource pool, JdbcStore store, Clock clock) {
        this.url = url;
        this.pool = pool;
        this.store = store;
        this.clock = clock;
    }

    /** The same records, judged as of another day (the demo pins its date so its data stays current). */
    Tracker at(Clock other) {
        return new Tracker(url, pool, store, other);
    }

    /** How a command uses the records; opening them prepares for it. */
    enum Use {
        /** Reads and writes. */
        WRITE,
        /**
         * Only reads: an embedded H2 file is closed without the compaction pass (up to 200 ms)
         * that only a write can make worthwhile.
         */
        READ
    }

    /** Opens initialised records to read and write; tells the user to run {@code cetrack init} when they are not. */
    static Tracker open(DbOption db) {
        return open(db, Use.WRITE);
    }

    /** Opens initialised records for {@code use}; tells the user to run {@code cetrack init} when they are not. */
    static Tracker open(DbOption db, Use use) {
        String url = url(db);
        HikariDataSource pool = pool(url, use == Use.WRITE);
        try {
            JdbcStore store = JdbcStore.open(pool);
            if (store.tenant(TENANT).isEmpty()) {
                throw new SchemaException("no records at " + url + " yet; run: cetrack init");
            }
            return new Tracker(url, pool, store);
        } catch (SchemaException e) {
            pool.close();
            String message = e.getMessage().contains("call JdbcStore.migrate")
                    ? "no records at " + url + " yet (or from an older cetrack); run: cetrack init" : e.getMessage();
            throw new StoreException(message, e);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    /** Creates or upgrades the schema; creates the tenant and holder if missing. Returns whether they were new. */
    static Map.Entry<Tracker, Boolean> init(DbOption db, String name) {
        String url = url(db);
        HikariDataSource pool = pool(url);
        try {
            JdbcStore store = JdbcStore.migrate(pool);
            boolean created = store.tenant(TENANT).isEmpty();
            if (created) {
                store.createTenant(Tenant.of(TENANT, "Local records"));
                store.records(TENANT).save(Holder.of(HOLDER, name == null ? "Me" : name));
            } else if (name != null) {
                Records r = store.records(TENANT);
                r.save(r.holder(HOLDER).orElseThrow().withName(name));
            }
            return Map.entry(new Tracker(url, pool, store), created);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    /** Opens a database for a restore: migrated, possibly empty. */
    static Tracker forRestore(DbOption db) {
        String url = url(db);
        HikariDataSource pool = pool(url);
        try {
            return new Tracker(url, pool, JdbcStore.migrate(pool));
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    /** The local tenant's records, looked up once: opening them checks that the tenant exists. */
    Records records() {
        if (records == null) {
            records = store.records(TENANT);
        }
        return records;
    }

    /** What the records hold, as a backup or a restore reports it: like "2 licences and 14 activities". */
    String contents() {
        return Render.count(records().licenses().size(), "licence", "licences") + " and "
                + Render.count(records().activitiesOf(HOLDER).size(), "activity", "activities");
    }

    Holder holder() {
        return records().holder(HOLDER).orElseThrow(() -> new StoreException("the records at " + url + " have no holder"));
    }

    ComplianceEngine engine() {
        if (engine == null) {
            engine = ComplianceEngine.create(clock);
        }
        return engine;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The cycle to judge a licence on today: an explicit cycle holding today (or the latest), else the catalogue's. */
    RenewalCycle cycle(StoredLicense license) {
        LocalDate today = today();
        RenewalCycle latest = null;
        for (RenewalCycle c : license.cycles()) {
            if (c.contains(today)) {
                return c;
            }
            latest = c;
        }
        return latest != null ? latest : engine().currentCycle(license.license());
    }

    Evaluation evaluate(String licenseId) {
        EvaluationInput input = records().evaluationInput(licenseId);
        return engine().evaluate(input.license().license(), cycle(input.license()), input.activities());
    }

    /** The licence a command means: the one named, or the only one there is. */
    String licenseId(String named) {
        java.util.List<StoredLicense> all = records().licensesOf(HOLDER);
        if (named != null) {
            if (all.stream().noneMatch(l -> l.id().equals(named))) {
                throw io.github.cetrack.core.InvalidInputException.of("--license", "is not one of your licences ("
                        + ids(all) + ")", named);
            }
            return named;
        }
        if (all.size() != 1) {
            throw io.github.cetrack.core.InvalidInputException.of("--license", all.isEmpty()
                    ? "names no licence: add one first (cetrack license add ...)"
                    : "is required when you hold several licences (" + ids(all) + ")", null);
        }
        return all.get(0).id();
    }

    private static String ids(java.util.List<StoredLicense> all) {
        return String.join(", ", all.stream().map(StoredLicense::id).toList());
    }

    /**
     * What a report of a licence's current cycle needs. The evaluation is saved with the time and
     * catalogue version, so that the report can be reproduced later.
     */
    io.github.cetrack.reporting.ReportData reportData(String licenseId) {
        EvaluationInput input = records().evaluationInput(licenseId);
        Evaluation e = engine().evaluate(input.license().license(), cycle(input.license()), input.activities());
        records().saveEvaluation(licenseId, e, clock.instant());
        io.github.cetrack.core.LicenseType type = engine().catalog()
                .licenseType(e.license().jurisdiction(), e.license().licenseType()).orElse(null);
        return io.github.cetrack.reporting.ReportData.of(e, type, input.activities());
    }

    /** Certificates straight from the records, verified on every read. */
    io.github.cetrack.reporting.CertificateSource certificates() {
        Records records = records();
        return c -> new java.io.ByteArrayInputStream(records.certificate(c.sha256()));
    }

    /**
     * Today's date. {@code CETRACK_TODAY} (an ISO date) fixes it, so that scripted runs and tests
     * give the same output every day.
     */
    public static Clock clock() {
        String today = System.getenv("CETRACK_TODAY");
        if (today == null || today.isBlank()) {
            return Clock.systemDefaultZone();
        }
        return Clock.fixed(LocalDate.parse(today.trim()).atStartOfDay(ZoneId.of("UTC")).toInstant(), ZoneId.of("UTC"));
    }

    static String url(DbOption db) {
        if (db != null && db.url != null && !db.url.isBlank()) {
            return db.url.trim();
        }
        String env = System.getenv("CETRACK_DB");
        if (env != null && !env.isBlank()) {
            return env.trim();
        }
        Path dir = Path.of(System.getProperty("user.home"), ".cetrack");
        try {
            Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new StoreException("cannot create " + dir + ": " + e.getMessage(), e);
        }
        return "jdbc:h2:" + dir.resolve("cetrack").toAbsolutePath();
    }

    /** A small connection pool on {@code url}, refused unless it is an H2, PostgreSQL or MariaDB URL. */
    public static HikariDataSource pool(String url) {
        return pool(url, true);
    }

    /**
     * A small connection pool on {@code url}. Unless {@code writes}, an embedded H2 database is
     * closed without compacting its file: H2 spends up to 200 ms on that at every close, which
     * after a command that wrote nothing gains nothing.
     */
    static HikariDataSource pool(String url, boolean writes) {
        if (!url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:postgresql:") && !url.startsWith("jdbc:mariadb:")) {
            throw io.github.cetrack.core.InvalidInputException.of("--db",
                    "must be a jdbc:h2:, jdbc:postgresql: or jdbc:mariadb: URL", url);
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        // A setting the URL names itself is left alone (H2 refuses the same setting twice with two values).
        if (!writes && url.startsWith("jdbc:h2:") && !url.toUpperCase(java.util.Locale.ROOT).contains("MAX_COMPACT_TIME")) {
            config.addDataSourceProperty("MAX_COMPACT_TIME", "0");
        }
        config.setMaximumPoolSize(2);
        config.setPoolName("cetrack");
        // Fail fast with the driver's message instead of waiting for a pool timeout.
        config.setInitializationFailTimeout(1);
        config.setConnectionTimeout(5_000);
        long deadline = System.nanoTime() + IN_USE_WAIT.toNanos();
        while (true) {
            try {
                return new HikariDataSource(config);
            } catch (RuntimeException e) {
                boolean inUse = false;
                Throwable cause = e;
                for (Throwable t = e; t != null; t = t.getCause()) {
                    inUse |= t instanceof java.sql.SQLException sql && sql.getErrorCode() == H2_IN_USE;
                    cause = t;
                }
                if (!inUse) {
                    throw new StoreException("cannot open " + url + ": " + cause.getMessage(), e);
                }
                if (System.nanoTime() > deadline) {
                    throw new StoreException("cannot open " + url + ": another cetrack process is using it (waited "
                            + IN_USE_WAIT.toSeconds() + " s); try again when it has finished", e);
                }
                pause();
            }
        }
    }

    /**
     * How long a command waits for an H2 file that another process has open. An embedded H2 file
     * belongs to one process at a time; sharing it (AUTO_SERVER) would open a TCP port to the records.
     */
    static final java.time.Duration IN_USE_WAIT = java.time.Duration.ofSeconds(10);

    // H2's "Database may be already in use": another process holds the file lock.
    private static final int H2_IN_USE = 90020;

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for the records", e);
        }
    }

    @Override
    public void close() {
        pool.close();
    }
}
