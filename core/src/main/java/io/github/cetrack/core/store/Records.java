package io.github.cetrack.core.store;

import io.github.cetrack.core.Certificate;
import io.github.cetrack.core.Evaluation;
import java.io.Reader;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One tenant's records. Every method reads or writes only this tenant's rows: an id that belongs
 * to another tenant behaves exactly like an id that does not exist.
 *
 * <p>Saving follows one rule for every mutable record: version 0 inserts a new record, any other
 * version updates the record only if it still has that version, and the saved record comes back
 * with its new version. A stale version raises {@link ConflictException}; nothing is overwritten.
 * Invalid input raises {@link io.github.cetrack.core.InvalidInputException} before anything is
 * written.
 */
public interface Records {

    /** Returns this tenant's id. */
    String tenantId();

    /** Inserts or updates a holder; returns it with its id and new version. */
    Holder save(Holder holder);

    /** Returns the holder with this id. */
    Optional<Holder> holder(String id);

    /** Returns every holder, ordered by id. */
    List<Holder> holders();

    /**
     * Deletes a holder that has no licences and no activities left.
     *
     * @throws StoreException if the holder still has licences or activities
     */
    void deleteHolder(String id, long version);

    /** Inserts or updates a licence and its explicit cycles; returns it with its id and new version. */
    StoredLicense save(StoredLicense license);

    /** Returns the licence with this id. */
    Optional<StoredLicense> license(String id);

    /** Returns every licence, ordered by holder then id. */
    List<StoredLicense> licenses();

    /** Returns a holder's licences, ordered by id. */
    List<StoredLicense> licensesOf(String holderId);

    /**
     * Returns the licences whose current cycle ends between two dates (inclusive): those expiring
     * then, or with an explicit cycle ending then. Ordered by that end date, then id.
     */
    List<StoredLicense> licensesEndingBetween(LocalDate from, LocalDate to);

    /** Returns the licences whose current cycle ends within {@code days} days of {@code today}, like {@link #licensesEndingBetween}. */
    default List<StoredLicense> licensesEndingWithin(LocalDate today, int days) {
        if (days < 0) {
            throw io.github.cetrack.core.InvalidInputException.of("days", "must not be negative", days);
        }
        return licensesEndingBetween(today, today.plusDays(days));
    }

    /** Deletes a licence with its explicit cycles and saved evaluations. */
    void deleteLicense(String id, long version);

    /** Inserts or updates an activity, keeping its certificate reference as given; see {@link #save(StoredActivity, CertificateFile)}. */
    StoredActivity save(StoredActivity activity);

    /**
     * Stores a certificate file and saves the activity referring to it, in one transaction: either
     * both are saved or neither is. The activity's own certificate reference is replaced.
     */
    StoredActivity save(StoredActivity activity, CertificateFile certificate);

    /** Returns the activity with this id. */
    Optional<StoredActivity> activity(String id);

    /** Returns a holder's activities, ordered by completion date then id. */
    List<StoredActivity> activitiesOf(String holderId);

    /**
     * Returns the activities that can count toward a licence (its holder's) completed between two
     * dates (inclusive), ordered by completion date then id.
     *
     * @throws NotFoundException if there is no such licence
     */
    List<StoredActivity> activitiesFor(String licenseId, LocalDate from, LocalDate to);

    /** Returns every activity without a certificate, ordered by holder, completion date, id. */
    List<StoredActivity> activitiesWithoutCertificate();

    /** Deletes an activity. Its certificate is kept: other activities may refer to it, and backups include it. */
    void deleteActivity(String id, long version);

    /**
     * Stores a certificate once per tenant, keyed by its SHA-256, with the media type detected from
     * its bytes.
     *
     * @throws io.github.cetrack.core.InvalidInputException if the file is empty, too large or not a
     *     PDF, PNG, JPEG, HEIC or WebP file
     */
    Certificate putCertificate(CertificateFile certificate);

    /**
     * Returns a certificate's bytes, verified against its SHA-256.
     *
     * @throws NotFoundException if this tenant has no such certificate
     * @throws IntegrityException if the stored bytes do not match their SHA-256
     */
    byte[] certificate(String sha256);

    /** Saves an evaluation of a stored licence so that its report can be reproduced later. */
    SavedEvaluation saveEvaluation(String licenseId, Evaluation evaluation, Instant evaluatedAt);

    /** Returns a licence's saved evaluations, newest first. */
    List<SavedEvaluation> evaluations(String licenseId);

    /**
     * Returns everything needed to evaluate a licence, read in one round trip.
     *
     * @throws NotFoundException if there is no such licence
     */
    EvaluationInput evaluationInput(String licenseId);

    /**
     * Reads the tenant a page of holders at a time, for a batch over every learner in bounded
     * memory: up to {@code limit} holders whose ids come after {@code afterHolderId} ({@code null}
     * for the first page), each with their licences and activities, in three statements that see
     * one consistent state. Pass the last holder's id to get the next page; an empty page is the
     * end. Holders without licences are included, so a page is short only at the end.
     *
     * <p>Pages follow the database's order of ids, which for the ids cetrack accepts (ASCII) is
     * {@link #holders()}'s order on H2, on MariaDB and on PostgreSQL databases with a C or
     * C.UTF-8 collation. Records saved while pages are being read may or may not appear.
     *
     * @throws io.github.cetrack.core.InvalidInputException if {@code limit} is not between 1 and
     *     10,000
     */
    List<HolderRecords> holderRecords(String afterHolderId, int limit);

    /**
     * Imports a holder's activities from CSV or JSON, all or nothing: if any line is invalid,
     * nothing is written and the {@link io.github.cetrack.core.InvalidInputException} names every
     * bad line and field (like {@code line 7: hours: must not be negative (was "-3")}).
     *
     * @return the saved activities, in input order
     */
    default List<StoredActivity> importActivities(String holderId, Reader input, ImportFormat format) {
        return importActivities(holderId, input, format, ImportOptions.ANY);
    }

    /**
     * Imports as {@link #importActivities(String, Reader, ImportFormat)} does, and also refuses,
     * as {@code options} say, completion dates after a day (like {@code line 4: completed_on: must
     * not be after today (2026-11-30) ...}) and probable duplicates of each other or of the holder's
     * stored activities (the same certificate, or the same title, provider, completion date and
     * hours).
     *
     * @return the saved activities, in input order
     */
    List<StoredActivity> importActivities(String holderId, Reader input, ImportFormat format, ImportOptions options);

    /**
     * Writes a full backup of this tenant into an empty or new directory: {@code tenant.json} and
     * {@code certificates/<sha256>} files.
     */
    void exportTo(Path directory);

    /**
     * Restores a backup written by {@link #exportTo} into this tenant, which must hold no records.
     * Every certificate is verified first; all or nothing.
     */
    void restoreFrom(Path directory);
}
