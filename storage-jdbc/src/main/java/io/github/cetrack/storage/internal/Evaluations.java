package io.github.cetrack.storage.internal;

import io.github.cetrack.core.CeActivity;
import io.github.cetrack.core.Evaluation;
import io.github.cetrack.core.RenewalCycle;
import io.github.cetrack.core.json.CetrackJson;
import io.github.cetrack.core.store.EvaluationInput;
import io.github.cetrack.core.store.SavedEvaluation;
import io.github.cetrack.core.store.StoredActivity;
import io.github.cetrack.core.store.StoredLicense;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/** One tenant's saved evaluations, and what an evaluation reads, on one connection. Not API. */
final class Evaluations {

    private static final String INSERT = Sql.of(Evaluations.class, "insert");
    private static final String INPUT = Sql.of(Evaluations.class, "input");

    private final Handle h;
    private final String tenant;

    Evaluations(Handle h, String tenant) {
        this.h = h;
        this.tenant = tenant;
    }

    /** Saves an evaluation of a licence of this tenant; {@code body} is its JSON. */
    SavedEvaluation save(SavedEvaluation saved, String body) {
        new Licenses(h, tenant).get(saved.licenseId());
        insert(saved, body);
        return saved;
    }

    void insert(SavedEvaluation e, String body) {
        h.createUpdate(INSERT)
                .bind("t", tenant).bind("id", e.id()).bind("license", e.licenseId())
                .bind("start", e.evaluation().cycle().start()).bind("end", e.evaluation().cycle().end())
                .bind("at", e.evaluatedAt().toEpochMilli()).bind("catalog", String.valueOf(e.catalogVersion()))
                .bind("body", body).execute();
    }

    /** A licence's evaluations, newest first. */
    List<SavedEvaluation> of(String licenseId) {
        return Rows.sorted(where(" and license_id = :license", Map.of("license", licenseId)),
                Comparator.comparing(SavedEvaluation::evaluatedAt).reversed().thenComparing(SavedEvaluation::id));
    }

    List<SavedEvaluation> all() {
        return where("", Map.of());
    }

    private List<SavedEvaluation> where(String condition, Map<String, Object> params) {
        return h.createQuery("select id, license_id, evaluated_at, body from cetrack_evaluation where tenant_id = :t"
                        + condition)
                .bind("t", tenant).bindMap(params)
                .map((rs, ctx) -> new SavedEvaluation(rs.getString("id"), rs.getString("license_id"),
                        Instant.ofEpochMilli(rs.getLong("evaluated_at")),
                        CetrackJson.read(rs.getString("body"), Evaluation.class)))
                .list();
    }

    /** A licence with its cycles and its holder's activities, by completion date. */
    EvaluationInput input(String licenseId) {
        // One statement, one round trip: the licence joined with its cycles and its holder's
        // activities. A licence has few cycles, so the product stays small.
        StoredLicense[] license = new StoredLicense[1];
        Set<RenewalCycle> cycles = new LinkedHashSet<>();
        Map<String, StoredActivity> activities = new LinkedHashMap<>();
        h.createQuery(INPUT).bind("t", tenant).bind("id", licenseId).scanResultSet((supplier, ctx) -> {
            try (ResultSet rs = supplier.get()) {
                while (rs.next()) {
                    if (license[0] == null) {
                        license[0] = Rows.license(rs);
                    }
                    LocalDate start = rs.getObject("start_on", LocalDate.class);
                    if (start != null) {
                        cycles.add(new RenewalCycle(start, rs.getObject("end_on", LocalDate.class)));
                    }
                    String activity = rs.getString("activity_id");
                    if (activity != null && !activities.containsKey(activity)) {
                        activities.put(activity, Rows.activity(rs, "activity_id", "activity_version"));
                    }
                }
            }
            return null;
        });
        if (license[0] == null) {
            throw Table.notFound("licence", licenseId);
        }
        List<CeActivity> ordered = Rows.sorted(new ArrayList<>(activities.values()), Rows.BY_DATE).stream()
                .map(StoredActivity::activity).toList();
        return new EvaluationInput(license[0].withCycles(new ArrayList<>(cycles)), ordered);
    }
}
