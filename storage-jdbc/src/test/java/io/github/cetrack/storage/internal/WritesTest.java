package io.github.cetrack.storage.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cetrack.core.store.StoreException;
import io.github.cetrack.core.store.Tenant;
import java.nio.file.Path;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The marks of {@link Writes} on an H2 file: a write of this process in progress is never undone. */
class WritesTest {

    @TempDir
    Path tmp;

    private JdbcDataSource ds;
    private Database db;

    @BeforeEach
    void open() {
        ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:" + tmp.resolve("records").toAbsolutePath());
        Schema.migrate(ds);
        db = Database.of(ds);
        Tenants.create(db, Tenant.of("t", "T"));
    }

    @Test
    void aStoreOpenedDuringAWriteOfThisProcessLeavesItAlone() {
        int marks = Writes.run(db, "t", Writes.Kind.FILL, h -> null, (h, write) -> {
            h.createUpdate("insert into cetrack_holder (tenant_id, id, name, row_version) values ('t', 'sam', 'Sam', 1)")
                    .execute();
            // Another store on the same file, opened while this write runs, as a second thread would.
            Database.of(ds).recover();
            return count("cetrack_write");
        });

        assertThat(marks).as("the write's own mark, seen while it ran").isEqualTo(1);
        assertThat(count("cetrack_holder")).isEqualTo(1);
        assertThat(count("cetrack_write")).as("marks left after the write").isZero();
    }

    @Test
    void aWriteThatFailsIsUndoneAndLeavesNoMark() {
        assertThatThrownBy(() -> Writes.run(db, "new", Writes.Kind.RESTORE, h -> Tenants.insert(h, Tenant.of("new", "N")),
                (h, write) -> {
                    h.createUpdate("insert into cetrack_holder (tenant_id, id, name, row_version) values ('new', 'sam', 'Sam', 1)")
                            .execute();
                    throw new StoreException("the backup broke off");
                })).hasMessage("the backup broke off");

        assertThat(Tenants.find(db, "new")).isEmpty();
        assertThat(count("cetrack_holder")).isZero();
        assertThat(count("cetrack_write")).isZero();
    }

    @Test
    void aRestoreOverAnExistingTenantIsRefusedBeforeAnyMarkIsMade() {
        assertThatThrownBy(() -> Writes.run(db, "t", Writes.Kind.RESTORE, h -> Tenants.insert(h, Tenant.of("t", "T")),
                (h, write) -> null)).hasMessageContaining("a tenant \"t\" already exists");

        assertThat(count("cetrack_write")).isZero();
        db.recover();
        assertThat(Tenants.find(db, "t")).as("the existing tenant, after a recovery").isPresent();
    }

    private int count(String table) {
        return db.query(h -> h.createQuery("select count(*) from " + table).mapTo(Integer.class).one());
    }
}
