package io.github.cetrack.storage.internal;

import io.github.cetrack.core.Inputs;
import io.github.cetrack.core.RenewalCycle;
import io.github.cetrack.core.store.Ids;
import io.github.cetrack.core.store.StoredLicense;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/** One tenant's licences and their renewal cycles, on one connection. Not API. */
final class Licenses {

    private static final String INSERT = Sql.of(Licenses.class, "insert");
    private static final String UPDATE = Sql.of(Licenses.class, "update");
    private static final String INSERT_CYCLE = Sql.of(Licenses.class, "insertCycle");
    private static final String SELECT = Sql.of(Licenses.class, "select");
    private static final String ENDS_BETWEEN = Sql.of(Licenses.class, "endsBetween");

    /** A licence row joined with one of its cycles, or with none. */
    private record Row(StoredLicense license, RenewalCycle cycle) {}

    private final Handle h;
    private final String tenant;
    private final Table table;

    Licenses(Handle h, String tenant) {
        this.h = h;
        this.tenant = tenant;
        this.table = new Table(h, tenant, "cetrack_license", "licence");
    }

    /** Checked before the transaction, so bad input costs no connection. */
    static StoredLicense checked(StoredLicense license) {
        StoredLicense l = Inputs.check(new StoredLicense(Ids.orRandom(license.id()), license.holderId(),
                license.license(), license.cycles(), license.version()));
        Text.check("license.holder", l.license().holder());
        Text.check("license.number", l.license().number());
        Text.codes("license.roles", l.license().roles());
        Cycles.checkDisjoint(l.cycles());
        return l;
    }

    StoredLicense save(StoredLicense l) {
        new Holders(h, tenant).get(l.holderId());
        if (l.version() == 0) {
            table.requireAbsent(l.id());
            Rows.bind(h.createUpdate(INSERT), l).bind("t", tenant).execute();
        } else {
            int n = Rows.bind(h.createUpdate(UPDATE), l).bind("t", tenant).bind("v", l.version()).execute();
            table.checkUpdated(n, l.id(), l.version());
            h.createUpdate("delete from cetrack_cycle where tenant_id = :t and license_id = :id")
                    .bind("t", tenant).bind("id", l.id()).execute();
        }
        insertCycles(l);
        return new StoredLicense(l.id(), l.holderId(), l.license(), l.cycles(), l.version() + 1);
    }

    private void insertCycles(StoredLicense l) {
        if (l.cycles().isEmpty()) {
            return;
        }
        PreparedBatch batch = h.prepareBatch(INSERT_CYCLE);
        for (RenewalCycle c : l.cycles()) {
            batch.bind("t", tenant).bind("id", l.id()).bind("start_on", c.start()).bind("end_on", c.end()).add();
        }
        batch.execute();
    }

    Optional<StoredLicense> find(String id) {
        return where(" and l.id = :id", Map.of("id", id)).stream().findFirst();
    }

    StoredLicense get(String id) {
        return find(id).orElseThrow(() -> table.notFound(id));
    }

    List<StoredLicense> all() {
        return where("", Map.of());
    }

    List<StoredLicense> of(String holderId) {
        return where(" and l.holder_id = :holder", Map.of("holder", holderId));
    }

    /** By the first end of a cycle (or expiry) between the dates, then id. */
    List<StoredLicense> endingBetween(LocalDate from, LocalDate to) {
        List<StoredLicense> candidates = where(" and " + ENDS_BETWEEN, Map.of("from", from, "to", to));
        Map<String, LocalDate> ends = new HashMap<>();
        for (StoredLicense l : candidates) {
            ends.put(l.id(), Cycles.firstEndBetween(l, from, to));
        }
        return Rows.sorted(candidates, Comparator.comparing((StoredLicense l) -> ends.get(l.id()))
                .thenComparing(StoredLicense::id));
    }

    /** Licences matching a condition (on alias {@code l}), with their cycles, ordered by holder then id. */
    List<StoredLicense> where(String condition, Map<String, Object> params) {
        // One query: a licence has few cycles, so joining them costs less than a second round trip.
        List<Row> rows = h.createQuery(SELECT + condition).bind("t", tenant).bindMap(params)
                .map((rs, ctx) -> {
                    LocalDate start = rs.getObject("start_on", LocalDate.class);
                    return new Row(Rows.license(rs),
                            start == null ? null : new RenewalCycle(start, rs.getObject("end_on", LocalDate.class)));
                })
                .list();
        Map<String, StoredLicense> found = new LinkedHashMap<>();
        Map<String, List<RenewalCycle>> cycles = new HashMap<>();
        for (Row row : rows) {
            found.putIfAbsent(row.license().id(), row.license());
            if (row.cycle() != null) {
                cycles.computeIfAbsent(row.license().id(), k -> new ArrayList<>()).add(row.cycle());
            }
        }
        List<StoredLicense> withCycles = new ArrayList<>(found.size());
        for (StoredLicense l : found.values()) {
            withCycles.add(l.withCycles(cycles.getOrDefault(l.id(), List.of())));
        }
        return Rows.sorted(withCycles, Comparator.comparing(StoredLicense::holderId).thenComparing(StoredLicense::id));
    }

    void delete(String id, long version) {
        StoredLicense l = get(id);
        if (l.version() != version) {
            throw Table.conflict("licence", id, version, l.version());
        }
        for (String child : List.of("cetrack_evaluation", "cetrack_cycle")) {
            h.createUpdate("delete from " + child + " where tenant_id = :t and license_id = :id")
                    .bind("t", tenant).bind("id", id).execute();
        }
        h.createUpdate("delete from cetrack_license where tenant_id = :t and id = :id").bind("t", tenant).bind("id", id).execute();
    }
}
