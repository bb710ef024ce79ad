package io.github.cetrack.storage.internal;

import io.github.cetrack.core.CeActivity;
import io.github.cetrack.core.Certificate;
import io.github.cetrack.core.Evaluation;
import io.github.cetrack.core.Inputs;
import io.github.cetrack.core.InvalidInputException;
import io.github.cetrack.core.RenewalCycle;
import io.github.cetrack.core.Violation;
import io.github.cetrack.core.json.CetrackJson;
import io.github.cetrack.core.store.CertificateFile;
import io.github.cetrack.core.store.ConflictException;
import io.github.cetrack.core.store.EvaluationInput;
import io.github.cetrack.core.store.Holder;
import io.github.cetrack.core.store.HolderRecords;
import io.github.cetrack.core.store.Ids;
import io.github.cetrack.core.store.ImportFormat;
import io.github.cetrack.core.store.ImportOptions;
import io.github.cetrack.core.store.IntegrityException;
import io.github.cetrack.core.store.NotFoundException;
import io.github.cetrack.core.store.Records;
import io.github.cetrack.core.store.SavedEvaluation;
import io.github.cetrack.core.store.StoreException;
import io.github.cetrack.core.store.StoredActivity;
import io.github.cetrack.core.store.StoredLicense;
import io.github.cetrack.core.store.Tenant;
import java.io.Reader;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/** {@link Records} of one tenant on JDBC. Every statement is scoped by {@code tenant_id}. Not API. */
public final class JdbcRecords implements Records {

    private final Database db;
    private final String tenant;
    private final long maxCertificateBytes;

    /** Returns the records of a tenant known to exist. */
    public JdbcRecords(Database db, String tenant, long maxCertificateBytes) {
        Text.lookup("tenant_id", tenant);
        this.db = db;
        this.tenant = tenant;
        this.maxCertificateBytes = maxCertificateBytes;
    }

    @Override
    public String tenantId() {
        return tenant;
    }

    // ---- holders

    @Override
    public Holder save(Holder holder) {
        Holder h = Inputs.check(new Holder(Ids.orRandom(holder.id()), holder.name(), holder.version()));
        Text.check("holder", h.name());
        return db.write(handle -> {
            if (h.version() == 0) {
                requireAbsent(handle, "cetrack_holder", "holder", h.id());
                handle.createUpdate("insert into cetrack_holder (tenant_id, id, name, row_version) values (:t, :id, :name, 1)")
                        .bind("t", tenant).bind("id", h.id()).bind("name", h.name()).execute();
            } else {
                int n = handle.createUpdate("update cetrack_holder set name = :name, row_version = row_version + 1"
                                + " where tenant_id = :t and id = :id and row_version = :v")
                        .bind("name", h.name()).bind("t", tenant).bind("id", h.id()).bind("v", h.version()).execute();
                checkUpdated(handle, n, "cetrack_holder", "holder", h.id(), h.version());
            }
            return new Holder(h.id(), h.name(), h.version() + 1);
        });
    }

    @Override
    public Optional<Holder> holder(String id) {
        Text.lookup("holder_id", id);
        return db.query(h -> holder(h, id));
    }

    private Optional<Holder> holder(Handle h, String id) {
        return h.createQuery("select id, name, row_version from cetrack_holder where tenant_id = :t and id = :id")
                .bind("t", tenant).bind("id", id).map((rs, ctx) -> Rows.holder(rs)).findOne();
    }

    @Override
    public List<Holder> holders() {
        return db.query(this::holders);
    }

    List<Holder> holders(Handle h) {
        List<Holder> all = h.createQuery("select id, name, row_version from cetrack_holder where tenant_id = :t")
                .bind("t", tenant).map((rs, ctx) -> Rows.holder(rs)).list();
        return sorted(all, Comparator.comparing(Holder::id));
    }

    @Override
    public void deleteHolder(String id, long version) {
        Text.lookup("holder_id", id);
        db.write(h -> {
            Holder holder = holder(h, id).orElseThrow(() -> notFound("holder", id));
            int licenses = count(h, "cetrack_license", "holder_id", id);
            int activities = count(h, "cetrack_activity", "holder_id", id);
            if (licenses + activities > 0) {
                throw new StoreException("holder \"" + id + "\" still has " + licenses + " licence(s) and "
                        + activities + " activity(ies); delete those first");
            }
            int n = h.createUpdate("delete from cetrack_holder where tenant_id = :t and id = :id and row_version = :v")
                    .bind("t", tenant).bind("id", id).bind("v", version).execute();
            if (n == 0) {
                throw conflict("holder", id, version, holder.version());
            }
            return null;
        });
    }

    // ---- licences

    @Override
    public StoredLicense save(StoredLicense license) {
        StoredLicense l = Inputs.check(new StoredLicense(Ids.orRandom(license.id()), license.holderId(),
                license.license(), license.cycles(), license.version()));
        Text.check("license.holder", l.license().holder());
        Text.check("license.number", l.license().number());
        Text.codes("license.roles", l.license().roles());
        Cycles.checkDisjoint(l.cycles());
        return db.write(h -> {
            holder(h, l.holderId()).orElseThrow(() -> notFound("holder", l.holderId()));
            if (l.version() == 0) {
                requireAbsent(h, "cetrack_license", "licence", l.id());
                Rows.bind(h.createUpdate("insert into cetrack_license (tenant_id, " + Rows.LICENSE_COLUMNS + ") values (:t, "
                        + ":id, :holder_id, :jurisdiction, :license_type, :holder_name, :license_number, :first_issued_on,"
                        + " :expires_on, :birth_date, :roles, 1)"), l).bind("t", tenant).execute();
            } else {
                int n = Rows.bind(h.createUpdate("update cetrack_license set holder_id = :holder_id,"
                        + " jurisdiction = :jurisdiction, license_type = :license_type, holder_name = :holder_name,"
                        + " license_number = :license_number, first_issued_on = :first_issued_on,"
                        + " expires_on = :expires_on, birth_date = :birth_date, roles = :roles,"
                        + " row_version = row_version + 1 where tenant_id = :t and id = :id and row_version = :v"), l)
                        .bind("t", tenant).bind("v", l.version()).execute();
                checkUpdated(h, n, "cetrack_license", "licence", l.id(), l.version());
                h.createUpdate("delete from cetrack_cycle where tenant_id = :t and license_id = :id")
                        .bind("t", tenant).bind("id", l.id()).execute();
            }
            insertCycles(h, l);
            return new StoredLicense(l.id(), l.holderId(), l.license(), l.cycles(), l.version() + 1);
        });
    }

    private void insertCycles(Handle h, StoredLicense l) {
        if (l.cycles().isEmpty()) {
            return;
        }
        PreparedBatch batch = h.prepareBatch("insert into cetrack_cycle (tenant_id, license_id, start_on, end_on)"
                + " values (:t, :id, :start_on, :end_on)");
        for (RenewalCycle c : l.cycles()) {
            batch.bind("t", tenant).bind("id", l.id()).bind("start_on", c.start()).bind("end_on", c.end()).add();
        }
        batch.execute();
    }

    @Override
    public Optional<StoredLicense> license(String id) {
        Text.lookup("license_id", id);
        return db.query(h -> license(h, id));
    }

    private Optional<StoredLicense> license(Handle h, String id) {
        List<StoredLicense> found = licenses(h, " and l.id = :id", Map.of("id", id));
        return found.stream().findFirst();
    }

    @Override
    public List<StoredLicense> licenses() {
        return db.query(h -> licenses(h, "", Map.of()));
    }

    @Override
    public List<StoredLicense> licensesOf(String holderId) {
        Text.lookup("holder_id", holderId);
        return db.query(h -> licenses(h, " and l.holder_id = :holder", Map.of("holder", holderId)));
    }

    @Override
    public List<StoredLicense> licensesEndingBetween(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw InvalidInputException.of("to", "must not be before from", to);
        }
        return db.query(h -> {
            List<StoredLicense> candidates = licenses(h, " and (l.expires_on between :from and :to or l.id in (select"
                    + " license_id from cetrack_cycle where tenant_id = :t and end_on between :from and :to))",
                    Map.of("from", from, "to", to));
            Map<String, LocalDate> ends = new HashMap<>();
            for (StoredLicense l : candidates) {
                ends.put(l.id(), Cycles.firstEndBetween(l, from, to));
            }
            return sorted(candidates, Comparator.comparing((StoredLicense l) -> ends.get(l.id()))
                    .thenComparing(StoredLicense::id));
        });
    }

    /** A licence row joined with one of its cycles, or with none. */
    private record LicenseRow(StoredLicense license, RenewalCycle cycle) {}

    /** Licences matching a condition (on alias {@code l}), with their cycles, ordered by holder then id. */
    List<StoredLicense> licenses(Handle h, String where, Map<String, Object> params) {
        // One query: a licence has few cycles, so joining them costs less than a second round trip.
        List<LicenseRow> rows = h.createQuery("select " + Rows.LICENSE_COLUMNS_L + ", c.start_on, c.end_on"
                        + " from cetrack_license l"
                        + " left join cetrack_cycle c on c.tenant_id = l.tenant_id and c.license_id = l.id"
                        + " where l.tenant_id = :t" + where)
                .bind("t", tenant).bindMap(params)
                .map((rs, ctx) -> {
                    LocalDate start = rs.getObject("start_on", LocalDate.class);
                    return new LicenseRow(Rows.license(rs),
                            start == null ? null : new RenewalCycle(start, rs.getObject("end_on", LocalDate.class)));
                })
                .list();
        Map<String, StoredLicense> found = new java.util.LinkedHashMap<>();
        Map<String, List<RenewalCycle>> cycles = new HashMap<>();
        for (LicenseRow row : rows) {
            found.putIfAbsent(row.license().id(), row.license());
            if (row.cycle() != null) {
                cycles.computeIfAbsent(row.license().id(), k -> new ArrayList<>()).add(row.cycle());
            }
        }
        List<StoredLicense> withCycles = new ArrayList<>(found.size());
        for (StoredLicense l : found.values()) {
            withCycles.add(l.withCycles(cycles.getOrDefault(l.id(), List.of())));
        }
        return sorted(withCycles, Comparator.comparing(StoredLicense::holderId).thenComparing(StoredLicense::id));
    }

    @Override
    public void deleteLicense(String id, long version) {
        Text.lookup("license_id", id);
        db.write(h -> {
            StoredLicense l = license(h, id).orElseThrow(() -> notFound("licence", id));
            if (l.version() != version) {
                throw conflict("licence", id, version, l.version());
            }
            for (String table : List.of("cetrack_evaluation", "cetrack_cycle")) {
                h.createUpdate("delete from " + table + " where tenant_id = :t and license_id = :id")
                        .bind("t", tenant).bind("id", id).execute();
            }
            h.createUpdate("delete from cetrack_license where tenant_id = :t and id = :id").bind("t", tenant).bind("id", id).execute();
            return null;
        });
    }

    // ---- activities

    @Override
    public StoredActivity save(StoredActivity activity) {
        StoredActivity a = checked(activity);
        return db.write(h -> save(h, a));
    }

    @Override
    public StoredActivity save(StoredActivity activity, CertificateFile file) {
        Certificate certificate = describe(file);
        StoredActivity a = checked(activity.withActivity(activity.activity().withCertificate(certificate)));
        return db.write(h -> {
            putCertificate(h, certificate, file.content());
            return save(h, a);
        });
    }

    private StoredActivity checked(StoredActivity activity) {
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

    private StoredActivity save(Handle h, StoredActivity a) {
        holder(h, a.holderId()).orElseThrow(() -> notFound("holder", a.holderId()));
        checkCertificateReference(h, a.activity().certificate());
        if (a.version() == 0) {
            requireAbsent(h, "cetrack_activity", "activity", a.id());
            Rows.bind(h.createUpdate(INSERT_ACTIVITY), a).bind("t", tenant).bind("v", 1).execute();
        } else {
            int n = Rows.bind(h.createUpdate("update cetrack_activity set holder_id = :holder_id, title = :title,"
                    + " provider = :provider, approvals = :approvals, started_on = :started_on,"
                    + " completed_on = :completed_on, hours = :hours, hour_unit = :hour_unit,"
                    + " delivery_format = :delivery_format, activity_kind = :activity_kind, topics = :topics,"
                    + " unmapped_topics = :unmapped_topics,"
                    + " certificate_sha256 = :certificate_sha256, certificate_file_name = :certificate_file_name,"
                    + " row_version = row_version + 1 where tenant_id = :t and id = :id and row_version = :version"),
                    a).bind("t", tenant).bind("version", a.version()).execute();
            checkUpdated(h, n, "cetrack_activity", "activity", a.id(), a.version());
        }
        return new StoredActivity(a.holderId(), a.activity(), a.version() + 1, a.unmappedTopics());
    }

    static final String INSERT_ACTIVITY = "insert into cetrack_activity (tenant_id, id, holder_id, title, provider,"
            + " approvals, started_on, completed_on, hours, hour_unit, delivery_format, activity_kind, topics,"
            + " unmapped_topics, certificate_sha256, certificate_file_name, row_version) values (:t, :id, :holder_id,"
            + " :title, :provider,"
            + " :approvals, :started_on, :completed_on, :hours, :hour_unit, :delivery_format, :activity_kind,"
            + " :topics, :unmapped_topics, :certificate_sha256, :certificate_file_name, :v)";

    /** A reference must name a certificate this tenant stored, with the type and size stored. */
    private void checkCertificateReference(Handle h, Certificate c) {
        if (c == null) {
            return;
        }
        Optional<Certificate> stored = h.createQuery("select media_type, byte_size from cetrack_certificate"
                        + " where tenant_id = :t and sha256 = :sha")
                .bind("t", tenant).bind("sha", c.sha256())
                .map((rs, ctx) -> new Certificate(c.sha256(), rs.getString("media_type"), rs.getLong("byte_size"), c.fileName()))
                .findOne();
        if (stored.isEmpty()) {
            throw InvalidInputException.of("activity.certificate.sha256", "must name a certificate stored in this tenant", c.sha256());
        }
        if (!stored.get().equals(c)) {
            throw InvalidInputException.of("activity.certificate", "must match the stored certificate ("
                    + stored.get().mediaType() + ", " + stored.get().size() + " bytes)", c.mediaType() + ", " + c.size() + " bytes");
        }
    }

    @Override
    public Optional<StoredActivity> activity(String id) {
        Text.lookup("activity_id", id);
        return db.query(h -> activities(h, " and a.id = :id", Map.of("id", id)).stream().findFirst());
    }

    @Override
    public List<StoredActivity> activitiesOf(String holderId) {
        Text.lookup("holder_id", holderId);
        return db.query(h -> activities(h, " and a.holder_id = :holder", Map.of("holder", holderId)));
    }

    @Override
    public List<StoredActivity> activitiesFor(String licenseId, LocalDate from, LocalDate to) {
        Text.lookup("license_id", licenseId);
        if (from == null || to == null || to.isBefore(from)) {
            throw InvalidInputException.of("to", "must not be before from", to);
        }
        return db.read(h -> {
            StoredLicense l = license(h, licenseId).orElseThrow(() -> notFound("licence", licenseId));
            return activities(h, " and a.holder_id = :holder and a.completed_on between :from and :to",
                    Map.of("holder", l.holderId(), "from", from, "to", to));
        });
    }

    @Override
    public List<StoredActivity> activitiesWithoutCertificate() {
        return db.query(h -> sorted(activities(h, " and a.certificate_sha256 is null", Map.of()),
                Comparator.comparing(StoredActivity::holderId).thenComparing(Rows.BY_DATE)));
    }

    /** Activities matching a condition, by completion date then id. */
    List<StoredActivity> activities(Handle h, String where, Map<String, Object> params) {
        List<StoredActivity> found = h.createQuery("select " + Rows.ACTIVITY_COLUMNS + Rows.ACTIVITY_FROM
                        + " where a.tenant_id = :t" + where)
                .bind("t", tenant).bindMap(params).map((rs, ctx) -> Rows.activity(rs)).list();
        return sorted(found, Rows.BY_DATE);
    }

    @Override
    public void deleteActivity(String id, long version) {
        Text.lookup("activity_id", id);
        db.write(h -> {
            int n = h.createUpdate("delete from cetrack_activity where tenant_id = :t and id = :id and row_version = :v")
                    .bind("t", tenant).bind("id", id).bind("v", version).execute();
            checkUpdated(h, n, "cetrack_activity", "activity", id, version);
            return null;
        });
    }

    // ---- certificates

    @Override
    public Certificate putCertificate(CertificateFile file) {
        Certificate certificate = describe(file);
        db.write(h -> putCertificate(h, certificate, file.content()));
        return certificate;
    }

    private Certificate describe(CertificateFile file) {
        Inputs.check(file);
        Text.check("certificate.file_name", file.fileName());
        if (file.content().length > maxCertificateBytes) {
            throw InvalidInputException.of("certificate", "must be at most " + maxCertificateBytes + " bytes",
                    file.content().length + " bytes");
        }
        return Certificate.describe(file.content(), file.fileName());
    }

    /** Stores bytes once per tenant; a second copy of the same bytes is a no-op. */
    Void putCertificate(Handle h, Certificate c, byte[] content) {
        boolean present = h.createQuery("select count(*) from cetrack_certificate where tenant_id = :t and sha256 = :sha")
                .bind("t", tenant).bind("sha", c.sha256()).mapTo(Integer.class).one() > 0;
        if (!present) {
            h.createUpdate("insert into cetrack_certificate (tenant_id, sha256, media_type, byte_size, content)"
                            + " values (:t, :sha, :type, :size, :content)")
                    .bind("t", tenant).bind("sha", c.sha256()).bind("type", c.mediaType()).bind("size", c.size())
                    .bind("content", content).execute();
        }
        return null;
    }

    @Override
    public byte[] certificate(String sha256) {
        Text.sha256("sha256", sha256);
        return db.query(h -> certificate(h, sha256));
    }

    byte[] certificate(Handle h, String sha256) {
        byte[] content = h.createQuery("select content from cetrack_certificate where tenant_id = :t and sha256 = :sha")
                .bind("t", tenant).bind("sha", sha256).map((rs, ctx) -> rs.getBytes("content")).findOne()
                .orElseThrow(() -> notFound("certificate", sha256));
        String actual = Certificate.sha256(content);
        if (!actual.equals(sha256)) {
            throw new IntegrityException("certificate " + sha256 + " is corrupted: its stored bytes hash to " + actual);
        }
        return content;
    }

    // ---- evaluations

    @Override
    public SavedEvaluation saveEvaluation(String licenseId, Evaluation evaluation, Instant evaluatedAt) {
        Text.lookup("license_id", licenseId);
        if (evaluation == null || evaluatedAt == null) {
            throw InvalidInputException.of(evaluation == null ? "evaluation" : "evaluated_at", "must not be null", null);
        }
        SavedEvaluation saved = new SavedEvaluation(Ids.random(), licenseId, evaluatedAt, evaluation);
        String body = CetrackJson.write(evaluation);
        return db.write(h -> {
            license(h, licenseId).orElseThrow(() -> notFound("licence", licenseId));
            insertEvaluation(h, saved, body);
            return saved;
        });
    }

    void insertEvaluation(Handle h, SavedEvaluation e, String body) {
        h.createUpdate("insert into cetrack_evaluation (tenant_id, id, license_id, cycle_start, cycle_end, evaluated_at,"
                        + " catalog_version, body) values (:t, :id, :license, :start, :end, :at, :catalog, :body)")
                .bind("t", tenant).bind("id", e.id()).bind("license", e.licenseId())
                .bind("start", e.evaluation().cycle().start()).bind("end", e.evaluation().cycle().end())
                .bind("at", e.evaluatedAt().toEpochMilli()).bind("catalog", String.valueOf(e.catalogVersion()))
                .bind("body", body).execute();
    }

    @Override
    public List<SavedEvaluation> evaluations(String licenseId) {
        Text.lookup("license_id", licenseId);
        return db.query(h -> sorted(evaluations(h, " and license_id = :license", Map.of("license", licenseId)),
                Comparator.comparing(SavedEvaluation::evaluatedAt).reversed().thenComparing(SavedEvaluation::id)));
    }

    List<SavedEvaluation> evaluations(Handle h, String where, Map<String, Object> params) {
        return h.createQuery("select id, license_id, evaluated_at, body from cetrack_evaluation where tenant_id = :t" + where)
                .bind("t", tenant).bindMap(params)
                .map((rs, ctx) -> new SavedEvaluation(rs.getString("id"), rs.getString("license_id"),
                        Instant.ofEpochMilli(rs.getLong("evaluated_at")),
                        CetrackJson.read(rs.getString("body"), Evaluation.class)))
                .list();
    }

    // ---- evaluation input

    @Override
    public EvaluationInput evaluationInput(String licenseId) {
        Text.lookup("license_id", licenseId);
        // One statement, one round trip: the licence joined with its cycles and its holder's
        // activities. A licence has few cycles, so the product stays small.
        return db.query(h -> {
            StoredLicense[] license = new StoredLicense[1];
            java.util.Set<RenewalCycle> cycles = new java.util.LinkedHashSet<>();
            Map<String, StoredActivity> activities = new java.util.LinkedHashMap<>();
            h.createQuery(EVALUATION_INPUT).bind("t", tenant).bind("id", licenseId).scanResultSet((supplier, ctx) -> {
                try (java.sql.ResultSet rs = supplier.get()) {
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
                throw notFound("licence", licenseId);
            }
            List<CeActivity> ordered = sorted(new ArrayList<>(activities.values()), Rows.BY_DATE).stream()
                    .map(StoredActivity::activity).toList();
            return new EvaluationInput(license[0].withCycles(new ArrayList<>(cycles)), ordered);
        });
    }

    private static final String EVALUATION_INPUT = "select " + Rows.LICENSE_COLUMNS_L + ", c.start_on, c.end_on,"
            + " a.id as activity_id, a.title, a.provider, a.approvals, a.started_on, a.completed_on, a.hours,"
            + " a.hour_unit, a.delivery_format, a.activity_kind, a.topics, a.unmapped_topics,"
            + " a.certificate_sha256,"
            + " a.certificate_file_name, a.row_version as activity_version, cert.media_type, cert.byte_size"
            + " from cetrack_license l"
            + " left join cetrack_cycle c on c.tenant_id = l.tenant_id and c.license_id = l.id"
            + " left join cetrack_activity a on a.tenant_id = l.tenant_id and a.holder_id = l.holder_id"
            + " left join cetrack_certificate cert on cert.tenant_id = a.tenant_id and cert.sha256 = a.certificate_sha256"
            + " where l.tenant_id = :t and l.id = :id";

    @Override
    public List<HolderRecords> holderRecords(String afterHolderId, int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw InvalidInputException.of("limit", "must be between 1 and " + MAX_PAGE, limit);
        }
        Text.id("afterHolderId", afterHolderId);
        return db.read(h -> {
            // Keyset paging in the database's own order of ids, so that each page uses the primary key.
            var query = h.createQuery("select id, name, row_version from cetrack_holder where tenant_id = :t"
                    + (afterHolderId == null ? "" : " and id > :after") + " order by id limit " + limit).bind("t", tenant);
            if (afterHolderId != null) {
                query.bind("after", afterHolderId);
            }
            List<Holder> page = query.map((rs, ctx) -> Rows.holder(rs)).list();
            if (page.isEmpty()) {
                return List.of();
            }
            Map<String, Object> range = Map.of("first", page.get(0).id(), "last", page.get(page.size() - 1).id());
            Map<String, List<StoredLicense>> licenses = new HashMap<>();
            for (StoredLicense l : licenses(h, " and l.holder_id >= :first and l.holder_id <= :last", range)) {
                licenses.computeIfAbsent(l.holderId(), k -> new ArrayList<>()).add(l);
            }
            Map<String, List<CeActivity>> activities = new HashMap<>();
            for (StoredActivity a : activities(h, " and a.holder_id >= :first and a.holder_id <= :last", range)) {
                activities.computeIfAbsent(a.holderId(), k -> new ArrayList<>()).add(a.activity());
            }
            List<HolderRecords> out = new ArrayList<>(page.size());
            for (Holder holder : page) {
                out.add(new HolderRecords(holder, licenses.getOrDefault(holder.id(), List.of()),
                        activities.getOrDefault(holder.id(), List.of())));
            }
            return out;
        });
    }

    private static final int MAX_PAGE = 10_000;

    // ---- import, export, restore

    @Override
    public List<StoredActivity> importActivities(String holderId, Reader input, ImportFormat format,
            ImportOptions options) {
        Text.lookup("holder_id", holderId);
        if (options == null) {
            throw InvalidInputException.of("options", "must not be null", null);
        }
        List<Imports.Parsed> parsed = Imports.parse(input, format);
        Imports.refuseLate(parsed, options.completedBy());
        try {
            return db.write(h -> {
                if (!options.allowDuplicates()) {
                    Imports.refuseDuplicates(parsed, activities(h, " and a.holder_id = :holder",
                            Map.of("holder", holderId)));
                }
                return insertImported(h, holderId, parsed);
            });
        } catch (StoreException e) {
            // The primary key refuses an id already stored; only then look up which ones, to name them.
            db.read(h -> {
                Imports.refuseExistingIds(h, tenant, parsed);
                return null;
            });
            throw e;
        }
    }

    private List<StoredActivity> insertImported(Handle h, String holderId, List<Imports.Parsed> parsed) {
        holder(h, holderId).orElseThrow(() -> notFound("holder", holderId));
        List<Violation> unknown = new ArrayList<>();
        for (Imports.Parsed p : parsed) {
            try {
                checkCertificateReference(h, p.activity().certificate());
            } catch (InvalidInputException e) {
                e.violations().forEach(v -> unknown.add(new Violation("line " + p.line() + ": "
                        + v.field().replace("activity.", ""), v.rule(), v.rejectedValue())));
            }
        }
        if (!unknown.isEmpty()) {
            throw new InvalidInputException(unknown);
        }
        List<StoredActivity> saved = new ArrayList<>(parsed.size());
        PreparedBatch batch = h.prepareBatch(INSERT_ACTIVITY);
        for (Imports.Parsed p : parsed) {
            StoredActivity a = new StoredActivity(holderId, p.activity(), 1);
            Rows.bind(batch, a).bind("t", tenant).bind("v", 1).add();
            saved.add(a);
        }
        if (!parsed.isEmpty()) {
            batch.execute();
        }
        return saved;
    }

    @Override
    public void exportTo(Path directory) {
        Backups.export(db, this, directory);
    }

    @Override
    public void restoreFrom(Path directory) {
        Backups.restore(db, this, directory, maxCertificateBytes, false);
    }

    /** Restores a backup as a new tenant. */
    public static Tenant restoreNew(Database db, Path directory, long maxCertificateBytes) {
        return Backups.restoreNew(db, directory, maxCertificateBytes);
    }

    // ---- helpers

    private void requireAbsent(Handle h, String table, String what, String id) {
        if (count(h, table, "id", id) > 0) {
            throw new StoreException("a " + what + " \"" + id + "\" already exists; to change it, save it with its version");
        }
    }

    int count(Handle h, String table, String column, String value) {
        return h.createQuery("select count(*) from " + table + " where tenant_id = :t and " + column + " = :v")
                .bind("t", tenant).bind("v", value).mapTo(Integer.class).one();
    }

    private void checkUpdated(Handle h, int updated, String table, String what, String id, long version) {
        if (updated > 0) {
            return;
        }
        Optional<Long> current = h.createQuery("select row_version from " + table + " where tenant_id = :t and id = :id")
                .bind("t", tenant).bind("id", id).mapTo(Long.class).findOne();
        if (current.isEmpty()) {
            throw notFound(what, id);
        }
        throw conflict(what, id, version, current.get());
    }

    private static ConflictException conflict(String what, String id, long yours, long current) {
        return new ConflictException(what + " \"" + id + "\" was changed by someone else (it is at version " + current
                + ", yours is " + yours + "); reload it and try again");
    }

    private static NotFoundException notFound(String what, String id) {
        return new NotFoundException("no " + what + " \"" + id + "\" in this tenant");
    }

    private static <T> List<T> sorted(List<T> list, Comparator<? super T> order) {
        List<T> copy = new ArrayList<>(list);
        copy.sort(order);
        return copy;
    }

    /** Unused-tenant guard for restore: true when this tenant holds no records at all. */
    boolean isEmpty(Handle h) {
        for (String table : List.of("cetrack_holder", "cetrack_certificate")) {
            int n = h.createQuery("select count(*) from " + table + " where tenant_id = :t").bind("t", tenant)
                    .mapTo(Integer.class).one();
            if (n > 0) {
                return false;
            }
        }
        return true;
    }

    Tenant tenant(Handle h) {
        return Tenants.find(h, tenant).orElseThrow(() -> notFound("tenant", tenant));
    }
}
