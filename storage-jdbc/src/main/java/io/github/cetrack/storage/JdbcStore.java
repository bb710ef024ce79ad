package io.github.cetrack.storage;

import io.github.cetrack.core.InvalidInputException;
import io.github.cetrack.core.store.NotFoundException;
import io.github.cetrack.core.store.Records;
import io.github.cetrack.core.store.Store;
import io.github.cetrack.core.store.Tenant;
import io.github.cetrack.storage.internal.Database;
import io.github.cetrack.storage.internal.JdbcRecords;
import io.github.cetrack.storage.internal.Schema;
import io.github.cetrack.storage.internal.Tenants;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The {@link Store} on a JDBC {@link DataSource}: H2 (the embedded default), PostgreSQL or
 * MariaDB. The schema is managed by Flyway, in the history table {@code cetrack_schema_history},
 * and changes only when the application calls {@link #migrate(DataSource)}.
 *
 * <pre>{@code
 * JdbcDataSource h2 = new JdbcDataSource();
 * h2.setURL("jdbc:h2:~/.cetrack/records");
 * JdbcStore store = JdbcStore.migrate(h2);
 * store.createTenant(Tenant.of("sam", "Sam Lee"));
 * Records records = store.records("sam");
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; connections come from the data source per call.
 */
public final class JdbcStore implements Store {

    /** The default largest certificate accepted: 20 MiB. */
    public static final long DEFAULT_MAX_CERTIFICATE_BYTES = 20L * 1024 * 1024;

    private final Database db;
    private final long maxCertificateBytes;

    private JdbcStore(Database db, long maxCertificateBytes) {
        this.db = db;
        this.maxCertificateBytes = maxCertificateBytes;
    }

    /**
     * Brings the schema up to this library's version, then opens the store.
     *
     * @throws SchemaException if the database's schema is newer than this library, or a
     *     migration fails
     */
    public static JdbcStore migrate(DataSource dataSource) {
        Schema.migrate(dataSource);
        return open(dataSource);
    }

    /**
     * Opens a store whose schema is already at this library's version. Never changes the schema.
     * On H2, first removes what an import or restore killed before it finished left behind.
     *
     * @throws SchemaException if the schema is missing, older (call {@link #migrate(DataSource)})
     *     or newer (upgrade cetrack) than this library
     */
    public static JdbcStore open(DataSource dataSource) {
        Schema.check(dataSource);
        Database db = Database.of(dataSource);
        // A killed import or restore on an embedded H2 file is cleaned up before anything reads it.
        db.recover();
        return new JdbcStore(db, DEFAULT_MAX_CERTIFICATE_BYTES);
    }

    /** Returns a store that refuses certificates larger than {@code bytes}. */
    public JdbcStore withMaxCertificateBytes(long bytes) {
        if (bytes <= 0) {
            throw InvalidInputException.of("max_certificate_bytes", "must be positive", bytes);
        }
        return new JdbcStore(db, bytes);
    }

    /** Returns the largest certificate this store accepts, in bytes. */
    public long maxCertificateBytes() {
        return maxCertificateBytes;
    }

    /** Returns the schema version this library reads and writes, like {@code "4"}. */
    public static String schemaVersion() {
        return Schema.LATEST;
    }

    @Override
    public Tenant createTenant(Tenant tenant) {
        return Tenants.create(db, tenant);
    }

    @Override
    public Optional<Tenant> tenant(String id) {
        return Tenants.find(db, id);
    }

    @Override
    public List<Tenant> tenants() {
        return Tenants.all(db);
    }

    /**
     * {@inheritDoc}
     *
     * @throws InvalidInputException if {@code tenantId} does not match {@link
     *     io.github.cetrack.core.store.Ids#PATTERN} (checked before any query, so {@code "acme "}
     *     never finds {@code "acme"} on a database whose collation ignores trailing spaces)
     */
    @Override
    public Records records(String tenantId) {
        if (Tenants.find(db, tenantId).isEmpty()) {
            throw new NotFoundException("no tenant \"" + tenantId + "\"");
        }
        return new JdbcRecords(db, tenantId, maxCertificateBytes);
    }

    /**
     * Restores a backup written by {@link Records#exportTo} as a new tenant, with the backup's id
     * and name, all or nothing: a restore that fails, or a process killed during it, leaves no
     * tenant and no row.
     *
     * @return the restored tenant
     * @throws io.github.cetrack.core.store.StoreException if a tenant with that id already exists
     */
    public Tenant restoreTenant(Path directory) {
        return JdbcRecords.restoreNew(db, directory, maxCertificateBytes);
    }
}
