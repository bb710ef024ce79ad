package io.github.cetrack.storage.internal;

import io.github.cetrack.core.CeActivity;
import io.github.cetrack.core.Inputs;
import io.github.cetrack.core.store.Holder;
import io.github.cetrack.core.store.HolderRecords;
import io.github.cetrack.core.store.Ids;
import io.github.cetrack.core.store.StoreException;
import io.github.cetrack.core.store.StoredActivity;
import io.github.cetrack.core.store.StoredLicense;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** One tenant's holders, on one connection. Not API. */
final class Holders {

    private static final String UPDATE = Sql.of(Holders.class, "update");

    private final Handle h;
    private final String tenant;
    private final Table table;

    Holders(Handle h, String tenant) {
        this.h = h;
        this.tenant = tenant;
        this.table = new Table(h, tenant, "cetrack_holder", "holder");
    }

    /** Checked before the transaction, so bad input costs no connection. */
    static Holder checked(Holder holder) {
        Holder checked = Inputs.check(new Holder(Ids.orRandom(holder.id()), holder.name(), holder.version()));
        Text.check("holder", checked.name());
        return checked;
    }

    Holder save(Holder holder) {
        if (holder.version() == 0) {
            table.requireAbsent(holder.id());
            h.createUpdate("insert into cetrack_holder (tenant_id, id, name, row_version) values (:t, :id, :name, 1)")
                    .bind("t", tenant).bind("id", holder.id()).bind("name", holder.name()).execute();
        } else {
            int n = h.createUpdate(UPDATE).bind("name", holder.name()).bind("t", tenant).bind("id", holder.id())
                    .bind("v", holder.version()).execute();
            table.checkUpdated(n, holder.id(), holder.version());
        }
        return new Holder(holder.id(), holder.name(), holder.version() + 1);
    }

    Optional<Holder> find(String id) {
        return h.createQuery("select id, name, row_version from cetrack_holder where tenant_id = :t and id = :id")
                .bind("t", tenant).bind("id", id).map((rs, ctx) -> Rows.holder(rs)).findOne();
    }

    Holder get(String id) {
        return find(id).orElseThrow(() -> table.notFound(id));
    }

    List<Holder> all() {
        List<Holder> all = h.createQuery("select id, name, row_version from cetrack_holder where tenant_id = :t")
                .bind("t", tenant).map((rs, ctx) -> Rows.holder(rs)).list();
        return Rows.sorted(all, Comparator.comparing(Holder::id));
    }

    void delete(String id, long version) {
        Holder holder = get(id);
        int licenses = new Table(h, tenant, "cetrack_license", "licence").count("holder_id", id);
        int activities = new Table(h, tenant, "cetrack_activity", "activity").count("holder_id", id);
        if (licenses + activities > 0) {
            throw new StoreException("holder \"" + id + "\" still has " + licenses + " licence(s) and "
                    + activities + " activity(ies); delete those first");
        }
        int n = h.createUpdate("delete from cetrack_holder where tenant_id = :t and id = :id and row_version = :v")
                .bind("t", tenant).bind("id", id).bind("v", version).execute();
        if (n == 0) {
            throw Table.conflict("holder", id, version, holder.version());
        }
    }

    /** A page of holders after an id, each with its licences and activities. */
    List<HolderRecords> records(String after, int limit) {
        // Keyset paging in the database's own order of ids, so that each page uses the primary key.
        var query = h.createQuery("select id, name, row_version from cetrack_holder where tenant_id = :t"
                + (after == null ? "" : " and id > :after") + " order by id limit " + limit).bind("t", tenant);
        if (after != null) {
            query.bind("after", after);
        }
        List<Holder> page = query.map((rs, ctx) -> Rows.holder(rs)).list();
        if (page.isEmpty()) {
            return List.of();
        }
        Map<String, Object> range = Map.of("first", page.get(0).id(), "last", page.get(page.size() - 1).id());
        Map<String, List<StoredLicense>> licenses = new HashMap<>();
        for (StoredLicense l : new Licenses(h, tenant).where(" and l.holder_id >= :first and l.holder_id <= :last", range)) {
            licenses.computeIfAbsent(l.holderId(), k -> new ArrayList<>()).add(l);
        }
        Map<String, List<CeActivity>> activities = new HashMap<>();
        for (StoredActivity a : new Activities(h, tenant).where(" and a.holder_id >= :first and a.holder_id <= :last", range)) {
            activities.computeIfAbsent(a.holderId(), k -> new ArrayList<>()).add(a.activity());
        }
        List<HolderRecords> out = new ArrayList<>(page.size());
        for (Holder holder : page) {
            out.add(new HolderRecords(holder, licenses.getOrDefault(holder.id(), List.of()),
                    activities.getOrDefault(holder.id(), List.of())));
        }
        return out;
    }
}
