package io.github.cetrack.storage.internal;

import io.github.cetrack.core.CeActivity;
import io.github.cetrack.core.Inputs;
import io.github.cetrack.core.InvalidInputException;
import io.github.cetrack.core.Violation;
import io.github.cetrack.core.store.Ids;
import io.github.cetrack.core.store.StoredActivity;
import io.github.cetrack.core.store.StoredLicense;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** One tenant's activities, on one connection. Not API. */
final class Activities {

    /** Binds an activity's columns with {@link Rows#bind}, its version as {@code v}. */
    static final String INSERT = Sql.of(Activities.class, "insert");
    private static final JdbcBatch.Statement BATCH = JdbcBatch.Statement.of(INSERT);
    private static final String UPDATE = Sql.of(Activities.class, "update");
    private static final String SELECT = Sql.of(Activities.class, "select");

    private final Handle h;
    private final String tenant;
    private final Table table;

    Activities(Handle h, String tenant) {
        this.h = h;
        this.tenant = tenant;
        this.table = new Table(h, tenant, "cetrack_activity", "activity");
    }

    /** Checked before the transaction, so bad input costs no connection. */
    static StoredActivity checked(StoredActivity activity) {
        CeActivity given = activity.activity();
        Text.id("activity.id", given.id());
        CeActivity a = given.withId(Ids.orRandom(given.id()));
        StoredActivity s = Inputs.check(activity.withActivity(a));
        Text.check("activity.title", a.title());
        Text.check("activity.provider", a.provider());
        Text.check("activity.certificate.file_name", a.certificate() == null ? null : a.certificate().fileName());
        Text.codes("activity.approvals", a.approvals());
        Text.codes("activity.topics", a.topics());
        Text.codes("activity.unmapped_topics", s.unmappedTopics());
        return s.withActivity(a.withHours(Rows.hours(a.hours()), a.unit()));
    }

    StoredActivity save(StoredActivity a) {
        new Holders(h, tenant).get(a.holderId());
        new Certificates(h, tenant).checkReference(a.activity().certificate());
        if (a.version() == 0) {
            table.requireAbsent(a.id());
            Rows.bind(h.createUpdate(INSERT), a).bind("t", tenant).bind("v", 1).bind("w", (String) null).execute();
        } else {
            int n = Rows.bind(h.createUpdate(UPDATE), a).bind("t", tenant).bind("version", a.version()).execute();
            table.checkUpdated(n, a.id(), a.version());
        }
        return new StoredActivity(a.holderId(), a.activity(), a.version() + 1, a.unmappedTopics());
    }

    /**
     * Inserts parsed imports in one batch, after checking every certificate they name, each row
     * marked with {@code write} (a {@link Writes} id, or null).
     */
    List<StoredActivity> insert(String holderId, List<Imports.Parsed> parsed, String write) {
        // Rows need no look-up of their holder: the foreign key refuses an unknown one, and only then
        // is it looked up, to say so (JdbcRecords). Nothing to write, or a certificate to check
        // first, and it is looked up here, as an unknown holder is the first thing to report.
        if (parsed.isEmpty() || parsed.stream().anyMatch(p -> p.activity().certificate() != null)) {
            new Holders(h, tenant).get(holderId);
        }
        Certificates certificates = new Certificates(h, tenant);
        List<Violation> unknown = new ArrayList<>();
        for (Imports.Parsed p : parsed) {
            try {
                certificates.checkReference(p.activity().certificate());
            } catch (InvalidInputException e) {
                e.violations().forEach(v -> unknown.add(new Violation("line " + p.line() + ": "
                        + v.field().replace("activity.", ""), v.rule(), v.rejectedValue())));
            }
        }
        if (!unknown.isEmpty()) {
            throw new InvalidInputException(unknown);
        }
        List<StoredActivity> saved = new ArrayList<>(parsed.size());
        if (parsed.isEmpty()) {
            return saved;
        }
        try (JdbcBatch batch = new JdbcBatch(h, BATCH)) {
            for (Imports.Parsed p : parsed) {
                StoredActivity a = new StoredActivity(holderId, p.activity(), 1);
                Rows.activity(batch, a);
                batch.text("t", tenant);
                batch.number("v", 1);
                batch.text("w", write);
                batch.add();
                saved.add(a);
            }
            batch.execute();
        }
        return saved;
    }

    Optional<StoredActivity> find(String id) {
        return where(" and a.id = :id", Map.of("id", id)).stream().findFirst();
    }

    List<StoredActivity> all() {
        return where("", Map.of());
    }

    List<StoredActivity> of(String holderId) {
        return where(" and a.holder_id = :holder", Map.of("holder", holderId));
    }

    /** The licence's holder's activities completed between the dates. */
    List<StoredActivity> forLicense(String licenseId, LocalDate from, LocalDate to) {
        StoredLicense l = new Licenses(h, tenant).get(licenseId);
        return where(" and a.holder_id = :holder and a.completed_on between :from and :to",
                Map.of("holder", l.holderId(), "from", from, "to", to));
    }

    List<StoredActivity> withoutCertificate() {
        return Rows.sorted(where(" and a.certificate_sha256 is null", Map.of()),
                Comparator.comparing(StoredActivity::holderId).thenComparing(Rows.BY_DATE));
    }

    /** Activities matching a condition (on alias {@code a}), by completion date then id. */
    List<StoredActivity> where(String condition, Map<String, Object> params) {
        List<StoredActivity> found = h.createQuery(SELECT + condition)
                .bind("t", tenant).bindMap(params).map((rs, ctx) -> Rows.activity(rs)).list();
        return Rows.sorted(found, Rows.BY_DATE);
    }

    void delete(String id, long version) {
        int n = h.createUpdate("delete from cetrack_activity where tenant_id = :t and id = :id and row_version = :v")
                .bind("t", tenant).bind("id", id).bind("v", version).execute();
        table.checkUpdated(n, id, version);
    }
}
