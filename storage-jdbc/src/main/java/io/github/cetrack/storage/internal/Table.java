package io.github.cetrack.storage.internal;

import io.github.cetrack.core.store.ConflictException;
import io.github.cetrack.core.store.NotFoundException;
import io.github.cetrack.core.store.StoreException;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** One tenant's rows of one versioned table, and the checks behind optimistic locking. Not API. */
final class Table {

    private final Handle h;
    private final String tenant;
    private final String name;
    private final String what;

    /** {@code what} names a row in messages, as in "no licence". */
    Table(Handle h, String tenant, String name, String what) {
        this.h = h;
        this.tenant = tenant;
        this.name = name;
        this.what = what;
    }

    int count(String column, String value) {
        return h.createQuery("select count(*) from " + name + " where tenant_id = :t and " + column + " = :v")
                .bind("t", tenant).bind("v", value).mapTo(Integer.class).one();
    }

    void requireAbsent(String id) {
        if (count("id", id) > 0) {
            throw new StoreException("a " + what + " \"" + id + "\" already exists; to change it, save it with its version");
        }
    }

    /** An update that matched no row: tells a row that is gone from one someone else changed. */
    void checkUpdated(int updated, String id, long version) {
        if (updated > 0) {
            return;
        }
        Optional<Long> current = h.createQuery("select row_version from " + name + " where tenant_id = :t and id = :id")
                .bind("t", tenant).bind("id", id).mapTo(Long.class).findOne();
        if (current.isEmpty()) {
            throw notFound(id);
        }
        throw conflict(what, id, version, current.get());
    }

    NotFoundException notFound(String id) {
        return notFound(what, id);
    }

    static NotFoundException notFound(String what, String id) {
        return new NotFoundException("no " + what + " \"" + id + "\" in this tenant");
    }

    static ConflictException conflict(String what, String id, long yours, long current) {
        return new ConflictException(what + " \"" + id + "\" was changed by someone else (it is at version " + current
                + ", yours is " + yours + "); reload it and try again");
    }
}
