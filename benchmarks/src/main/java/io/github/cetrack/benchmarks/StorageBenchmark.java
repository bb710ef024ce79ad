package io.github.cetrack.benchmarks;

import io.github.cetrack.core.Jurisdiction;
import io.github.cetrack.core.License;
import io.github.cetrack.core.store.EvaluationInput;
import io.github.cetrack.core.store.Holder;
import io.github.cetrack.core.store.HolderRecords;
import io.github.cetrack.core.store.ImportFormat;
import io.github.cetrack.core.store.Records;
import io.github.cetrack.core.store.StoredLicense;
import io.github.cetrack.core.store.Tenant;
import io.github.cetrack.storage.JdbcStore;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.mariadb.jdbc.MariaDbDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Imports N activities for L licences (default 100,000 for 5,000) through {@code importActivities}
 * (one CSV per holder, one transaction each), then loads every licence's evaluation input. The
 * baseline, measured in the same run on the same database, is plain JDBC: a batch insert of the same
 * rows with one commit per holder, and one licence query plus one activity query per licence. It
 * also reads the whole tenant through {@code holderRecords} in pages of 500 holders, against the
 * same baseline. A warm-up round of a tenth of the size runs first, then two measured rounds whose
 * means are printed.
 *
 * <p>Both sides take their connections from one pool, with the drivers' default options: on
 * PostgreSQL no {@code reWriteBatchedInserts} (a batch is one round trip of one insert per row), on
 * MariaDB Connector/J's {@code useBulkStmtsForInserts}, on by default (a batch of inserts is one
 * bulk message, for a statement prepared with {@code prepareStatement(sql)}). The databases are
 * those storage-jdbc's tests use: {@code CETRACK_TEST_POSTGRESQL} and {@code CETRACK_TEST_MARIADB},
 * or 127.0.0.1.
 *
 * <pre>{@code java -cp benchmarks.jar io.github.cetrack.benchmarks.StorageBenchmark h2|postgresql|mariadb [licences] [per licence]}</pre>
 */
public final class StorageBenchmark {

    private StorageBenchmark() {}

    public static void main(String[] args) throws Exception {
        String db = args.length > 0 ? args[0] : "h2";
        int licenses = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
        int perLicense = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        // A pool, as any application would use: without one every call opens a connection (and on
        // H2 reopens the database file).
        HikariConfig config = new HikariConfig();
        config.setDataSource(dataSource(db));
        config.setMaximumPoolSize(2);
        HikariDataSource ds = new HikariDataSource(config);
        JdbcStore store = JdbcStore.migrate(ds);
        round(store, ds, Math.max(1, licenses / 10), perLicense, true); // warm-up
        // Two measured rounds, alternating which side writes first: later writes meet bigger indexes.
        double[] r = round(store, ds, licenses, perLicense, true);
        double[] r2 = round(store, ds, licenses, perLicense, false);
        for (int i = 0; i < r.length; i++) {
            r[i] = (r[i] + r2[i]) / 2;
        }
        long rows = (long) licenses * perLicense;
        System.out.printf("%-10s import %,d activities: %,.0f rows/s (plain JDBC %,.0f rows/s, %.0f%%); "
                        + "load %,d evaluation inputs: %,.0f rows/s (plain JDBC %,.0f rows/s, %.0f%%); "
                        + "paged: %,.0f rows/s (%.0f%%)%n",
                db, rows, rows / r[0], rows / r[1], 100 * r[1] / r[0], licenses, rows / r[2], rows / r[3], 100 * r[3] / r[2],
                rows / r[4], 100 * r[3] / r[4]);
        ds.close();
    }

    /** Returns seconds for: cetrack import, JDBC insert, cetrack load, JDBC load, cetrack paged load. */
    private static double[] round(JdbcStore store, DataSource ds, int licenses, int perLicense, boolean oursFirst)
            throws SQLException {
        Records ours = tenant(store, licenses);
        Records plain = tenant(store, licenses);
        List<String> csv = new ArrayList<>(licenses);
        for (int h = 0; h < licenses; h++) {
            StringBuilder b = new StringBuilder("title,provider,completed_on,hours,format,topics,approvals\n");
            for (int a = 0; a < perLicense; a++) {
                b.append("Course ").append(h).append('-').append(a).append(",Provider ").append(a % 7).append(',')
                        .append(LocalDate.of(2025, 1, 1).plusDays(a * 13L)).append(',').append(1 + a % 4).append(".5,")
                        .append(a % 3 == 0 ? "self_study" : "live_online").append(",ethics;telehealth,apa\n");
            }
            csv.add(b.toString());
        }
        double[] seconds = new double[5];
        long t;
        for (int side = 0; side < 2; side++) {
            t = System.nanoTime();
            if ((side == 0) == oursFirst) {
                for (int h = 0; h < licenses; h++) {
                    ours.importActivities("h" + h, new StringReader(csv.get(h)), ImportFormat.CSV);
                }
                seconds[0] = (System.nanoTime() - t) / 1e9;
            } else {
                plainInsert(ds, plain.tenantId(), licenses, perLicense);
                seconds[1] = (System.nanoTime() - t) / 1e9;
            }
        }
        t = System.nanoTime();
        long loaded = 0;
        for (int h = 0; h < licenses; h++) {
            EvaluationInput input = ours.evaluationInput("l" + h);
            loaded += input.activities().size();
        }
        seconds[2] = (System.nanoTime() - t) / 1e9;
        t = System.nanoTime();
        long plainLoaded = plainLoad(ds, plain.tenantId(), licenses);
        seconds[3] = (System.nanoTime() - t) / 1e9;
        t = System.nanoTime();
        long paged = 0;
        String after = null;
        for (List<HolderRecords> page = ours.holderRecords(null, 500); !page.isEmpty(); page = ours.holderRecords(after, 500)) {
            for (HolderRecords h : page) {
                for (EvaluationInput input : h.inputs()) {
                    paged += input.activities().size();
                }
            }
            after = page.get(page.size() - 1).holder().id();
        }
        seconds[4] = (System.nanoTime() - t) / 1e9;
        if (loaded != (long) licenses * perLicense || plainLoaded != loaded || paged != loaded) {
            throw new IllegalStateException("loaded " + loaded + ", " + plainLoaded + " and " + paged + " rows, expected "
                    + licenses * perLicense);
        }
        return seconds;
    }

    private static Records tenant(JdbcStore store, int licenses) {
        String id = "bench-" + UUID.randomUUID();
        store.createTenant(Tenant.of(id, "Benchmark"));
        Records records = store.records(id);
        License license = License.of(Jurisdiction.US_TX, "LPC", LocalDate.of(2015, 6, 1)).withExpiresOn(LocalDate.of(2026, 5, 31));
        for (int h = 0; h < licenses; h++) {
            records.save(Holder.of("h" + h, "Holder " + h));
            records.save(StoredLicense.of("l" + h, "h" + h, license));
        }
        return records;
    }

    private static void plainInsert(DataSource ds, String tenant, int licenses, int perLicense) throws SQLException {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement("insert into cetrack_activity"
                + " (tenant_id, id, holder_id, title, provider, approvals, started_on, completed_on, hours, hour_unit,"
                + " delivery_format, activity_kind, topics, certificate_sha256, certificate_file_name, row_version)"
                + " values (?, ?, ?, ?, ?, ?, null, ?, ?, 'clock_hour', ?, 'course', ?, null, null, 1)")) {
            c.setAutoCommit(false);
            for (int h = 0; h < licenses; h++) {
                for (int a = 0; a < perLicense; a++) {
                    ps.setString(1, tenant);
                    ps.setString(2, UUID.randomUUID().toString());
                    ps.setString(3, "h" + h);
                    ps.setString(4, "Course " + h + "-" + a);
                    ps.setString(5, "Provider " + a % 7);
                    ps.setString(6, "apa");
                    ps.setObject(7, LocalDate.of(2025, 1, 1).plusDays(a * 13L));
                    ps.setBigDecimal(8, new java.math.BigDecimal((1 + a % 4) + ".5"));
                    ps.setString(9, a % 3 == 0 ? "self_study" : "live_online");
                    ps.setString(10, "ethics,telehealth");
                    ps.addBatch();
                }
                ps.executeBatch();
                c.commit();
            }
        }
    }

    private static long plainLoad(DataSource ds, String tenant, int licenses) throws SQLException {
        long rows = 0;
        try (Connection c = ds.getConnection();
                PreparedStatement license = c.prepareStatement("select * from cetrack_license where tenant_id = ? and id = ?");
                PreparedStatement activities = c.prepareStatement("select a.*, c.media_type, c.byte_size from cetrack_activity a"
                        + " left join cetrack_certificate c on c.tenant_id = a.tenant_id and c.sha256 = a.certificate_sha256"
                        + " where a.tenant_id = ? and a.holder_id = ?")) {
            for (int h = 0; h < licenses; h++) {
                license.setString(1, tenant);
                license.setString(2, "l" + h);
                String holder;
                try (ResultSet rs = license.executeQuery()) {
                    rs.next();
                    holder = rs.getString("holder_id");
                }
                activities.setString(1, tenant);
                activities.setString(2, holder);
                try (ResultSet rs = activities.executeQuery()) {
                    while (rs.next()) {
                        rs.getString("title");
                        rs.getBigDecimal("hours");
                        rows++;
                    }
                }
            }
        }
        return rows;
    }

    private static DataSource dataSource(String db) throws SQLException {
        String name = "cetrack_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        if (db.equals("h2")) {
            java.nio.file.Path file = java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), name).toAbsolutePath();
            JdbcDataSource ds = new JdbcDataSource();
            ds.setURL("jdbc:h2:" + file);
            // A run leaves a database of about 1 GB; main closes the pool before the JVM exits.
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                for (String suffix : new String[] {".mv.db", ".trace.db"}) {
                    try {
                        java.nio.file.Files.deleteIfExists(java.nio.file.Path.of(file + suffix));
                    } catch (java.io.IOException ignored) {
                        // a temporary file; the next boot's tmp cleaning removes it
                    }
                }
            }));
            return ds;
        }
        if (db.equals("mariadb")) {
            // As storage-jdbc's tests create theirs: every comparison exact, as on the other databases.
            String url = System.getenv().getOrDefault("CETRACK_TEST_MARIADB", "jdbc:mariadb://127.0.0.1:3306/test?user=root");
            DataSource admin = new MariaDbDataSource(url);
            scratch(admin, "create database " + name + " character set utf8mb4 collate utf8mb4_bin", "drop database " + name);
            return new MariaDbDataSource(url.replaceFirst("/test(\\?|$)", "/" + name + "$1"));
        }
        String url = System.getenv().getOrDefault("CETRACK_TEST_POSTGRESQL", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
        PGSimpleDataSource admin = new PGSimpleDataSource();
        admin.setURL(url);
        scratch(admin, "create schema " + name, "drop schema " + name + " cascade");
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(url);
        ds.setCurrentSchema(name);
        return ds;
    }

    /** Creates a schema or database of the run's own, and drops it when the JVM exits. */
    private static void scratch(DataSource admin, String create, String drop) throws SQLException {
        try (Connection c = admin.getConnection(); Statement s = c.createStatement()) {
            s.execute(create);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try (Connection c = admin.getConnection(); Statement s = c.createStatement()) {
                s.execute(drop);
            } catch (SQLException ignored) {
                // the name is unique; leaving it harms nothing
            }
        }));
    }
}
