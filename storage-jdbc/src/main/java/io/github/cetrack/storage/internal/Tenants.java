package io.github.cetrack.storage.internal;

import io.github.cetrack.core.Inputs;
import io.github.cetrack.core.store.StoreException;
import io.github.cetrack.core.store.Tenant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** The tenant table. Not API. */
public final class Tenants {

    private Tenants() {}

    /** Inserts a tenant; refuses an id in use. */
    public static Tenant create(Database db, Tenant tenant) {
        Inputs.check(tenant);
        Text.check("tenant.name", tenant.name());
        return db.write(h -> insert(h, tenant));
    }

    static Tenant insert(Handle h, Tenant tenant) {
        if (find(h, tenant.id()).isPresent()) {
            throw new StoreException("a tenant \"" + tenant.id() + "\" already exists");
        }
        h.createUpdate("insert into cetrack_tenant (id, name) values (:id, :name)")
                .bind("id", tenant.id()).bind("name", tenant.name()).execute();
        return tenant;
    }

    /** Returns the tenant with this id. */
    public static Optional<Tenant> find(Database db, String id) {
        // Checked here, before any query: MariaDB would find "acme" for "acme ".
        Text.lookup("tenant_id", id);
        return db.query(h -> find(h, id));
    }

    static Optional<Tenant> find(Handle h, String id) {
        return h.createQuery("select id, name from cetrack_tenant where id = :id").bind("id", id)
                .map((rs, ctx) -> new Tenant(rs.getString("id"), rs.getString("name"))).findOne();
    }

    /** Returns every tenant by id. */
    public static List<Tenant> all(Database db) {
        return db.query(h -> h.createQuery("select id, name from cetrack_tenant order by id")
                .map((rs, ctx) -> new Tenant(rs.getString("id"), rs.getString("name"))).list());
    }
}
