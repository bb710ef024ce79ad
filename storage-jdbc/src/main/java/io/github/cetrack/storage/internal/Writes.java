package io.github.cetrack.storage.internal;

import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports and restores, all or nothing even when the process is killed, on H2 too. On PostgreSQL
 * and MariaDB one transaction does it. H2 writes a large uncommitted transaction into its file as
 * it goes and undoes it on the next open, and 2.5.252, killed at the commit, did not always undo
 * all of it. So on H2 a large write is three transactions: a row in {@code cetrack_write} names
 * it, the write itself, and the row's removal; a store opened later removes what any write whose
 * row is still there left (its imported activities carry its id; a restore owns its whole
 * tenant). Only writes of a process that is gone are removed: an embedded H2 file belongs to one
 * process, and this process's writes in progress are in {@link #LIVE}. Not API.
 */
final class Writes {

    /** What a write changes, and so what undoing it removes. */
    enum Kind {
        /** Activities added to a tenant: the rows with the write's id. */
        IMPORT,
        /** A backup read into an empty tenant: the tenant's records, not the tenant. */
        FILL,
        /** A backup read as a new tenant: the tenant and its records. */
        RESTORE
    }

    /** The part of a write done in its own transaction. */
    @FunctionalInterface
    interface Step<T> {
        T on(Handle h, String write);
    }

    private static final Logger LOG = LoggerFactory.getLogger(Writes.class);
    /** Children before parents, for the foreign keys. */
    private static final List<String> RECORDS = List.of("cetrack_evaluation", "cetrack_cycle", "cetrack_activity",
            "cetrack_license", "cetrack_certificate", "cetrack_holder");
    private static final Set<String> LIVE = ConcurrentHashMap.newKeySet();

    private Writes() {}

    /**
     * Runs {@code first} (checks, or the row the write hangs on) and then {@code write}: in one
     * transaction where that is all or nothing, else marked as above.
     */
    static <T> T run(Database db, String tenant, Kind kind, Database.Work<?> first, Step<T> write) {
        if (!db.marksWrites()) {
            return db.write(h -> {
                first.on(h);
                return write.on(h, null);
            });
        }
        String id = UUID.randomUUID().toString();
        LIVE.add(id);
        try {
            db.write(h -> {
                first.on(h);
                return h.createUpdate("insert into cetrack_write (id, tenant_id, kind) values (:id, :t, :k)")
                        .bind("id", id).bind("t", tenant).bind("k", kind.name()).execute();
            });
            T result;
            try {
                result = db.write(h -> write.on(h, id));
            } catch (RuntimeException e) {
                db.write(h -> undo(h, id, tenant, kind));
                throw e;
            }
            db.write(h -> h.createUpdate("delete from cetrack_write where id = :id").bind("id", id).execute());
            return result;
        } finally {
            LIVE.remove(id);
        }
    }

    /** Removes what the writes of a process that was killed left behind. */
    static void recover(Database db) {
        // Every open comes here, and almost never finds a mark: one statement, no transaction, then.
        if (!db.marksWrites() || db.query(h -> h.createQuery("select count(*) from cetrack_write")
                .mapTo(Integer.class).one()) == 0) {
            return;
        }
        db.write(h -> {
            for (var w : h.createQuery("select id, tenant_id, kind from cetrack_write").mapToMap().list()) {
                String id = (String) w.get("id");
                if (!LIVE.contains(id)) {
                    String tenant = (String) w.get("tenant_id");
                    LOG.warn("removing what an unfinished {} into tenant {} left (write {})", w.get("kind"), tenant, id);
                    undo(h, id, tenant, Kind.valueOf((String) w.get("kind")));
                }
            }
            return null;
        });
    }

    private static int undo(Handle h, String id, String tenant, Kind kind) {
        if (kind == Kind.IMPORT) {
            h.createUpdate("delete from cetrack_activity where tenant_id = :t and write_id = :w")
                    .bind("t", tenant).bind("w", id).execute();
        } else {
            for (String table : RECORDS) {
                h.createUpdate("delete from " + table + " where tenant_id = :t").bind("t", tenant).execute();
            }
            if (kind == Kind.RESTORE) {
                h.createUpdate("delete from cetrack_tenant where id = :t").bind("t", tenant).execute();
            }
        }
        return h.createUpdate("delete from cetrack_write where id = :id").bind("id", id).execute();
    }

    /**
     * Whether writes need marking: on H2, unless the URL lets other processes share the file
     * (AUTO_SERVER), where a write of a live process could not be told from a dead one's.
     */
    static boolean needed(DatabaseMetaData meta) throws SQLException {
        return meta.getDatabaseProductName().toLowerCase(Locale.ROOT).contains("h2")
                && !meta.getURL().toUpperCase(Locale.ROOT).replace(" ", "").contains("AUTO_SERVER=TRUE");
    }
}
