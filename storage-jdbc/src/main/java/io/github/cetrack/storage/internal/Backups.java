package io.github.cetrack.storage.internal;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.github.cetrack.core.Certificate;
import io.github.cetrack.core.Inputs;
import io.github.cetrack.core.InvalidInputException;
import io.github.cetrack.core.json.CetrackJson;
import io.github.cetrack.core.store.Holder;
import io.github.cetrack.core.store.IntegrityException;
import io.github.cetrack.core.store.SavedEvaluation;
import io.github.cetrack.core.store.StoreException;
import io.github.cetrack.core.store.StoredActivity;
import io.github.cetrack.core.store.StoredLicense;
import io.github.cetrack.core.store.Tenant;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * A tenant's backup: {@code tenant.json} with every record, and {@code certificates/<sha256>}
 * with every certificate's bytes. Records keep their ids and versions, lists are sorted, so
 * export → restore → export gives the same bytes. Not API.
 */
final class Backups {

    static final String FORMAT = "cetrack-backup";
    static final int VERSION = 1;
    static final String INDEX = "tenant.json";
    static final String CERTIFICATES = "certificates";

    /** The contents of {@code tenant.json}. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Backup(String format, int version, Tenant tenant, List<Holder> holders, List<StoredLicense> licenses,
            List<StoredActivity> activities, List<Certificate> certificates, List<SavedEvaluation> evaluations) {}

    private Backups() {}

    static void export(Database db, String tenant, Path directory) {
        prepareEmpty(directory);
        db.read(h -> {
            List<Certificate> certificates = h.createQuery("select sha256, media_type, byte_size from cetrack_certificate"
                            + " where tenant_id = :t").bind("t", tenant)
                    .map((rs, ctx) -> new Certificate(rs.getString("sha256").trim(), rs.getString("media_type"),
                            rs.getLong("byte_size"), null))
                    .list().stream().sorted(Comparator.comparing(Certificate::sha256)).toList();
            Tenant t = Tenants.find(h, tenant).orElseThrow(() -> Table.notFound("tenant", tenant));
            Backup backup = new Backup(FORMAT, VERSION, t, new Holders(h, tenant).all(), new Licenses(h, tenant).all(),
                    new Activities(h, tenant).all().stream().sorted(Comparator.comparing(StoredActivity::id)).toList(),
                    certificates,
                    new Evaluations(h, tenant).all().stream().sorted(Comparator.comparing(SavedEvaluation::id)).toList());
            try {
                Path dir = Files.createDirectories(directory.resolve(CERTIFICATES));
                Certificates stored = new Certificates(h, tenant);
                for (Certificate c : certificates) {
                    // Verified on read: a backup never copies corrupted bytes as if they were good.
                    Files.write(dir.resolve(c.sha256()), stored.get(c.sha256()));
                }
                Files.writeString(directory.resolve(INDEX), CetrackJson.write(backup) + "\n", StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new StoreException("cannot write the backup to " + directory + ": " + e.getMessage(), e);
            }
            return null;
        });
    }

    static void restore(Database db, String tenant, Path directory, long maxBytes) {
        Backup backup = readChecked(directory, maxBytes);
        Writes.run(db, tenant, Writes.Kind.FILL, h -> requireEmpty(h, tenant), (h, write) -> {
            insert(h, tenant, backup, directory);
            return null;
        });
    }

    static Tenant restoreNew(Database db, Path directory, long maxBytes) {
        Backup backup = readChecked(directory, maxBytes);
        String t = backup.tenant().id();
        return Writes.run(db, t, Writes.Kind.RESTORE, h -> Tenants.insert(h, backup.tenant()), (h, write) -> {
            insert(h, t, backup, directory);
            return backup.tenant();
        });
    }

    private static void insert(Handle h, String t, Backup b, Path directory) {
        requireEmpty(h, t);
        batch(h, "insert into cetrack_holder (tenant_id, id, name, row_version) values (:t, :id, :name, :v)", b.holders(),
                (batch, x) -> batch.bind("t", t).bind("id", x.id()).bind("name", x.name()).bind("v", x.version()));
        Certificates certificates = new Certificates(h, t);
        for (Certificate c : b.certificates()) {
            certificates.put(c, BackupFiles.verified(directory, c));
        }
        batch(h, "insert into cetrack_license (tenant_id, " + Rows.LICENSE_COLUMNS + ") values (:t, :id, :holder_id,"
                        + " :jurisdiction, :license_type, :holder_name, :license_number, :first_issued_on, :expires_on,"
                        + " :birth_date, :roles, :v)", b.licenses(),
                (batch, x) -> Rows.bind(batch, x).bind("t", t).bind("v", x.version()));
        for (StoredLicense l : b.licenses()) {
            batch(h, "insert into cetrack_cycle (tenant_id, license_id, start_on, end_on) values (:t, :id, :s, :e)",
                    l.cycles(), (batch, c) -> batch.bind("t", t).bind("id", l.id()).bind("s", c.start()).bind("e", c.end()));
        }
        batch(h, Activities.INSERT, b.activities(),
                (batch, x) -> Rows.bind(batch, x).bind("t", t).bind("v", x.version()).bind("w", (String) null));
        Evaluations evaluations = new Evaluations(h, t);
        for (SavedEvaluation e : b.evaluations()) {
            evaluations.insert(e, CetrackJson.write(e.evaluation()));
        }
    }

    /** Restore fills only a tenant that holds no records at all. */
    private static Void requireEmpty(Handle h, String tenant) {
        for (String table : List.of("cetrack_holder", "cetrack_certificate")) {
            int n = h.createQuery("select count(*) from " + table + " where tenant_id = :t").bind("t", tenant)
                    .mapTo(Integer.class).one();
            if (n > 0) {
                throw new StoreException("tenant \"" + tenant + "\" already holds records; restore into an empty tenant");
            }
        }
        return null;
    }

    private interface Binder<T> {
        void bind(PreparedBatch batch, T item);
    }

    private static <T> void batch(Handle h, String sql, List<T> items, Binder<T> binder) {
        if (items.isEmpty()) {
            return;
        }
        PreparedBatch batch = h.prepareBatch(sql);
        for (T item : items) {
            binder.bind(batch, item);
            batch.add();
        }
        batch.execute();
    }

    /** Reads {@code tenant.json} and checks every record and certificate before anything is written. */
    private static Backup readChecked(Path directory, long maxBytes) {
        if (!Files.isDirectory(directory)) {
            throw InvalidInputException.of("backup", "must be a directory holding " + INDEX, directory);
        }
        Backup b;
        try (java.io.Reader in = BackupFiles.index(directory)) {
            b = CetrackJson.mapper().readValue(in, Backup.class);
        } catch (JacksonException e) {
            throw CetrackJson.translate(e);
        } catch (IOException e) {
            throw BackupFiles.failure(e, directory);
        }
        if (b == null) {
            throw InvalidInputException.of(INDEX, "must be an object holding a backup", "null");
        }
        if (!FORMAT.equals(b.format()) || b.version() != VERSION) {
            throw InvalidInputException.of("format", "must be " + FORMAT + " version " + VERSION, b.format() + " " + b.version());
        }
        if (b.tenant() == null) {
            throw InvalidInputException.of("tenant", "is required", null);
        }
        try {
            Inputs.check(b.tenant());
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.violations().stream()
                    .map(v -> new io.github.cetrack.core.Violation("tenant." + v.field(), v.rule(), v.rejectedValue())).toList());
        }
        Inputs.checkAll("holders", b.holders());
        Inputs.checkAll("licenses", b.licenses());
        Inputs.checkAll("activities", b.activities());
        Inputs.checkAll("certificates", b.certificates());
        Inputs.checkAll("evaluations", b.evaluations());
        texts(b);
        Set<String> holders = ids(b.holders().stream().map(Holder::id), "holders");
        Set<String> licenses = ids(b.licenses().stream().map(StoredLicense::id), "licenses");
        ids(b.activities().stream().map(StoredActivity::id), "activities");
        Set<String> shas = ids(b.certificates().stream().map(Certificate::sha256), "certificates");
        for (StoredLicense l : b.licenses()) {
            refer(holders, l.holderId(), "licenses", l.id(), "holder_id");
            Cycles.checkDisjoint(l.cycles());
        }
        for (StoredActivity a : b.activities()) {
            Text.id("activities[" + a.id() + "].id", a.id());
            refer(holders, a.holderId(), "activities", a.id(), "holder_id");
            if (a.activity().certificate() != null) {
                refer(shas, a.activity().certificate().sha256(), "activities", a.id(), "certificate.sha256");
            }
        }
        for (SavedEvaluation e : b.evaluations()) {
            refer(licenses, e.licenseId(), "evaluations", e.id(), "license_id");
        }
        for (Certificate c : b.certificates()) {
            String name = CERTIFICATES + "/" + c.sha256();
            byte[] bytes = BackupFiles.certificate(directory, c.sha256(), maxBytes);
            Certificate actual;
            try {
                actual = Certificate.describe(bytes, null);
            } catch (InvalidInputException e) {
                throw InvalidInputException.of(name, e.violations().get(0).rule(), null);
            }
            if (!actual.sha256().equals(c.sha256()) || !actual.mediaType().equals(c.mediaType()) || actual.size() != c.size()) {
                throw InvalidInputException.of(name, "must match " + INDEX + " (its bytes hash to " + actual.sha256() + ", "
                        + actual.mediaType() + ", " + actual.size() + " bytes)", null);
            }
        }
        return b;
    }

    // What the stores refuse on save, refused here before anything is written.
    private static void texts(Backup b) {
        Text.check("tenant.name", b.tenant().name());
        for (Holder x : b.holders()) {
            Text.check("holders[" + x.id() + "].name", x.name());
        }
        for (StoredLicense l : b.licenses()) {
            Text.check("licenses[" + l.id() + "].license.holder", l.license().holder());
            Text.check("licenses[" + l.id() + "].license.number", l.license().number());
            Text.codes("licenses[" + l.id() + "].license.roles", l.license().roles());
        }
        for (StoredActivity a : b.activities()) {
            String at = "activities[" + a.id() + "]";
            Text.check(at + ".title", a.activity().title());
            Text.check(at + ".provider", a.activity().provider());
            Text.check(at + ".certificate.file_name", a.activity().certificate() == null ? null
                    : a.activity().certificate().fileName());
            Text.codes(at + ".unmapped_topics", a.unmappedTopics());
        }
    }

    private static Set<String> ids(Stream<String> ids, String list) {
        Set<String> seen = new HashSet<>();
        ids.forEach(id -> {
            if (!seen.add(id)) {
                throw InvalidInputException.of(list, "must not repeat an id", id);
            }
        });
        return seen;
    }

    private static void refer(Set<String> known, String id, String list, String owner, String field) {
        if (!known.contains(id)) {
            throw InvalidInputException.of(list + "[" + owner + "]." + field, "must name a record in the backup", id);
        }
    }

    private static void prepareEmpty(Path directory) {
        try {
            if (Files.exists(directory)) {
                try (Stream<Path> entries = Files.list(directory)) {
                    if (entries.findAny().isPresent()) {
                        throw InvalidInputException.of("directory", "must be empty or not exist yet, so no file is overwritten", directory);
                    }
                }
            }
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new StoreException("cannot create " + directory + ": " + e.getMessage(), e);
        }
    }



}
