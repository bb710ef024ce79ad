package io.github.cetrack.storage.internal;

import io.github.cetrack.core.Certificate;
import io.github.cetrack.core.Evaluation;
import io.github.cetrack.core.InvalidInputException;
import io.github.cetrack.core.json.CetrackJson;
import io.github.cetrack.core.store.CertificateFile;
import io.github.cetrack.core.store.EvaluationInput;
import io.github.cetrack.core.store.Holder;
import io.github.cetrack.core.store.HolderRecords;
import io.github.cetrack.core.store.Ids;
import io.github.cetrack.core.store.ImportFormat;
import io.github.cetrack.core.store.ImportOptions;
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
import java.util.List;
import java.util.Optional;

/**
 * {@link Records} of one tenant on JDBC. Every statement is scoped by {@code tenant_id}. Input is
 * checked here, before a connection is taken, and each method is one transaction (or one
 * statement), so the classes per aggregate never open one themselves. Not API.
 */
public final class JdbcRecords implements Records {

    private static final int MAX_PAGE = 10_000;

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

    @Override
    public Holder save(Holder holder) {
        Holder checked = Holders.checked(holder);
        return db.write(h -> new Holders(h, tenant).save(checked));
    }

    @Override
    public Optional<Holder> holder(String id) {
        Text.lookup("holder_id", id);
        return db.query(h -> new Holders(h, tenant).find(id));
    }

    @Override
    public List<Holder> holders() {
        return db.query(h -> new Holders(h, tenant).all());
    }

    @Override
    public void deleteHolder(String id, long version) {
        Text.lookup("holder_id", id);
        db.write(h -> {
            new Holders(h, tenant).delete(id, version);
            return null;
        });
    }

    @Override
    public StoredLicense save(StoredLicense license) {
        StoredLicense checked = Licenses.checked(license);
        return db.write(h -> new Licenses(h, tenant).save(checked));
    }

    @Override
    public Optional<StoredLicense> license(String id) {
        Text.lookup("license_id", id);
        return db.query(h -> new Licenses(h, tenant).find(id));
    }

    @Override
    public List<StoredLicense> licenses() {
        return db.query(h -> new Licenses(h, tenant).all());
    }

    @Override
    public List<StoredLicense> licensesOf(String holderId) {
        Text.lookup("holder_id", holderId);
        return db.query(h -> new Licenses(h, tenant).of(holderId));
    }

    @Override
    public List<StoredLicense> licensesEndingBetween(LocalDate from, LocalDate to) {
        checkRange(from, to);
        return db.query(h -> new Licenses(h, tenant).endingBetween(from, to));
    }

    @Override
    public void deleteLicense(String id, long version) {
        Text.lookup("license_id", id);
        db.write(h -> {
            new Licenses(h, tenant).delete(id, version);
            return null;
        });
    }

    @Override
    public StoredActivity save(StoredActivity activity) {
        StoredActivity checked = Activities.checked(activity);
        return db.write(h -> new Activities(h, tenant).save(checked));
    }

    @Override
    public StoredActivity save(StoredActivity activity, CertificateFile file) {
        Certificate certificate = Certificates.describe(file, maxCertificateBytes);
        StoredActivity checked = Activities.checked(activity.withActivity(activity.activity().withCertificate(certificate)));
        return db.write(h -> {
            new Certificates(h, tenant).put(certificate, file.content());
            return new Activities(h, tenant).save(checked);
        });
    }

    @Override
    public Optional<StoredActivity> activity(String id) {
        Text.lookup("activity_id", id);
        return db.query(h -> new Activities(h, tenant).find(id));
    }

    @Override
    public List<StoredActivity> activitiesOf(String holderId) {
        Text.lookup("holder_id", holderId);
        return db.query(h -> new Activities(h, tenant).of(holderId));
    }

    @Override
    public List<StoredActivity> activitiesFor(String licenseId, LocalDate from, LocalDate to) {
        Text.lookup("license_id", licenseId);
        checkRange(from, to);
        return db.read(h -> new Activities(h, tenant).forLicense(licenseId, from, to));
    }

    @Override
    public List<StoredActivity> activitiesWithoutCertificate() {
        return db.query(h -> new Activities(h, tenant).withoutCertificate());
    }

    @Override
    public void deleteActivity(String id, long version) {
        Text.lookup("activity_id", id);
        db.write(h -> {
            new Activities(h, tenant).delete(id, version);
            return null;
        });
    }

    @Override
    public Certificate putCertificate(CertificateFile file) {
        Certificate certificate = Certificates.describe(file, maxCertificateBytes);
        db.write(h -> {
            new Certificates(h, tenant).put(certificate, file.content());
            return null;
        });
        return certificate;
    }

    @Override
    public byte[] certificate(String sha256) {
        Text.sha256("sha256", sha256);
        return db.query(h -> new Certificates(h, tenant).get(sha256));
    }

    @Override
    public SavedEvaluation saveEvaluation(String licenseId, Evaluation evaluation, Instant evaluatedAt) {
        Text.lookup("license_id", licenseId);
        if (evaluation == null || evaluatedAt == null) {
            throw InvalidInputException.of(evaluation == null ? "evaluation" : "evaluated_at", "must not be null", null);
        }
        SavedEvaluation saved = new SavedEvaluation(Ids.random(), licenseId, evaluatedAt, evaluation);
        String body = CetrackJson.write(evaluation);
        return db.write(h -> new Evaluations(h, tenant).save(saved, body));
    }

    @Override
    public List<SavedEvaluation> evaluations(String licenseId) {
        Text.lookup("license_id", licenseId);
        return db.query(h -> new Evaluations(h, tenant).of(licenseId));
    }

    @Override
    public EvaluationInput evaluationInput(String licenseId) {
        Text.lookup("license_id", licenseId);
        return db.query(h -> new Evaluations(h, tenant).input(licenseId));
    }

    @Override
    public List<HolderRecords> holderRecords(String afterHolderId, int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw InvalidInputException.of("limit", "must be between 1 and " + MAX_PAGE, limit);
        }
        Text.id("afterHolderId", afterHolderId);
        return db.read(h -> new Holders(h, tenant).records(afterHolderId, limit));
    }

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
            return Writes.run(db, tenant, Writes.Kind.IMPORT, h -> null, (h, write) -> {
                Activities activities = new Activities(h, tenant);
                if (!options.allowDuplicates()) {
                    Imports.refuseDuplicates(parsed, activities.of(holderId));
                }
                return activities.insert(holderId, parsed, write);
            });
        } catch (StoreException e) {
            // The foreign key refuses an unknown holder, the primary key an id already stored; only
            // then are they looked up, to name them.
            db.read(h -> {
                new Holders(h, tenant).get(holderId);
                Imports.refuseExistingIds(h, tenant, parsed);
                return null;
            });
            throw e;
        }
    }

    @Override
    public void exportTo(Path directory) {
        Backups.export(db, tenant, directory);
    }

    @Override
    public void restoreFrom(Path directory) {
        Backups.restore(db, tenant, directory, maxCertificateBytes);
    }

    /** Restores a backup as a new tenant. */
    public static Tenant restoreNew(Database db, Path directory, long maxCertificateBytes) {
        return Backups.restoreNew(db, directory, maxCertificateBytes);
    }

    private static void checkRange(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw InvalidInputException.of("to", "must not be before from", to);
        }
    }
}
