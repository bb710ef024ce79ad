package io.github.cetrack.storage;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cetrack.core.store.CertificateFile;
import io.github.cetrack.core.store.Holder;
import io.github.cetrack.core.store.ImportFormat;
import io.github.cetrack.core.store.Records;
import io.github.cetrack.core.store.StoredActivity;
import io.github.cetrack.core.store.StoredLicense;
import io.github.cetrack.core.store.Tenant;
import java.io.StringReader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What a killed import or restore leaves on H2 is removed when the store is next opened, and
 * nothing else is: a row of {@code cetrack_write} is what such a write leaves when its process
 * dies before the end. On PostgreSQL and MariaDB a write is one transaction, and such a row
 * means nothing.
 */
class PendingWriteTest {

    private static String csv(String course) {
        return "title,provider,completed_on,hours,format\n" + course + " 1,P,2025-03-01,2,in_person\n"
                + course + " 2,P,2025-03-02,3,live_online\n";
    }

    @TempDir
    Path tmp;

    @ParameterizedTest
    @EnumSource(value = Db.class, names = {"H2_FILE", "POSTGRESQL", "MARIADB"})
    void anUnfinishedImportLosesExactlyItsOwnRows(Db db) throws Exception {
        DataSource ds = db.fresh();
        Records r = filled(ds, "t");
        r.importActivities("sam", new StringReader(csv("First")), ImportFormat.CSV);
        String write = one(ds, "select max(write_id) from cetrack_activity where tenant_id = 't'");
        r.importActivities("sam", new StringReader(csv("Second")), ImportFormat.CSV);
        pretendUnfinished(ds, db == Db.H2_FILE ? write : "not-an-import", "t", "IMPORT");

        Records after = JdbcStore.open(ds).records("t");

        // The saved course and the later import stay; the first import, left unfinished, goes on H2.
        assertThat(after.activitiesOf("sam")).hasSize(db == Db.H2_FILE ? 4 : 6);
        assertThat(count(ds, "cetrack_write")).isEqualTo(db == Db.H2_FILE ? 0 : 1);
    }

    @ParameterizedTest
    @EnumSource(value = Db.class, names = {"H2_FILE", "POSTGRESQL"})
    void anUnfinishedRestoreLosesItsTenantAndNoOtherTenantsRows(Db db) throws Exception {
        DataSource ds = db.fresh();
        filled(ds, "kept").exportTo(tmp.resolve("backup"));
        JdbcStore.open(ds).records("kept").save(StoredActivity.of("sam", Fixtures.ethics("later")));
        // The backup's tenant is "kept"; restore it as a copy named "copy" by editing nothing but the id.
        Path backup = tmp.resolve("backup");
        java.nio.file.Files.writeString(backup.resolve("tenant.json"), java.nio.file.Files.readString(
                backup.resolve("tenant.json")).replaceFirst("\"id\" ?: ?\"kept\"", "\"id\":\"copy\""));
        JdbcStore.open(ds).restoreTenant(backup);
        pretendUnfinished(ds, "w-restore", "copy", "RESTORE");

        JdbcStore store = JdbcStore.open(ds);

        assertThat(store.tenant("copy").isPresent()).isEqualTo(db != Db.H2_FILE);
        assertThat(count(ds, "cetrack_activity where tenant_id = 'copy'")).isEqualTo(db == Db.H2_FILE ? 0 : 2);
        assertThat(store.records("kept").activitiesOf("sam")).hasSize(3);
        assertThat(store.records("kept").licenses()).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(value = Db.class, names = {"H2_FILE", "MARIADB"})
    void anUnfinishedRestoreIntoATenantLeavesTheTenantEmpty(Db db) throws Exception {
        DataSource ds = db.fresh();
        filled(ds, "from").exportTo(tmp.resolve("backup"));
        JdbcStore store = JdbcStore.open(ds);
        store.createTenant(Tenant.of("into", "Into"));
        store.records("into").restoreFrom(tmp.resolve("backup"));
        pretendUnfinished(ds, "w-fill", "into", "FILL");

        JdbcStore after = JdbcStore.open(ds);

        assertThat(after.tenant("into")).isPresent();
        assertThat(after.records("into").holder("sam").isPresent()).isEqualTo(db != Db.H2_FILE);
        assertThat(count(ds, "cetrack_certificate where tenant_id = 'into'")).isEqualTo(db == Db.H2_FILE ? 0 : 1);
        assertThat(after.records("from").activitiesOf("sam")).hasSize(2);
    }

    /** A tenant with a holder, a licence, a course with a certificate and one without. */
    private static Records filled(DataSource ds, String tenant) {
        JdbcStore store = JdbcStore.migrate(ds);
        store.createTenant(Tenant.of(tenant, "Tenant " + tenant));
        Records r = store.records(tenant);
        r.save(Holder.of("sam", "Sam Lee"));
        r.save(StoredLicense.of("ca", "sam", Fixtures.caLcsw()));
        r.save(StoredActivity.of("sam", Fixtures.course("c1", LocalDate.of(2025, 4, 1), "2")),
                CertificateFile.of(Fixtures.pdf("pending"), "c1.pdf"));
        r.save(StoredActivity.of("sam", Fixtures.ethics("e1")));
        return r;
    }

    /** What a write's process leaves when it dies between the write and its end. */
    private static void pretendUnfinished(DataSource ds, String write, String tenant, String kind) throws SQLException {
        try (Connection c = ds.getConnection();
                PreparedStatement s = c.prepareStatement("insert into cetrack_write (id, tenant_id, kind) values (?, ?, ?)")) {
            s.setString(1, write);
            s.setString(2, tenant);
            s.setString(3, kind);
            s.executeUpdate();
        }
    }

    private static int count(DataSource ds, String from) throws SQLException {
        return Integer.parseInt(one(ds, "select count(*) from " + from));
    }

    private static String one(DataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getString(1);
        }
    }
}
