package io.github.cetrack.storage;

import static io.github.cetrack.storage.Fixtures.caLcsw;
import static io.github.cetrack.storage.Fixtures.course;
import static io.github.cetrack.storage.Fixtures.ethics;
import static io.github.cetrack.storage.Fixtures.pdf;
import static io.github.cetrack.storage.Fixtures.png;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cetrack.core.CeActivity;
import io.github.cetrack.core.Certificate;
import io.github.cetrack.core.Evaluation;
import io.github.cetrack.core.InvalidInputException;
import io.github.cetrack.core.RenewalCycle;
import io.github.cetrack.core.store.CertificateFile;
import io.github.cetrack.core.store.ConflictException;
import io.github.cetrack.core.store.EvaluationInput;
import io.github.cetrack.core.store.Holder;
import io.github.cetrack.core.store.HolderRecords;
import io.github.cetrack.core.store.IntegrityException;
import io.github.cetrack.core.store.NotFoundException;
import io.github.cetrack.core.store.Records;
import io.github.cetrack.core.store.SavedEvaluation;
import io.github.cetrack.core.store.StoreException;
import io.github.cetrack.core.store.StoredActivity;
import io.github.cetrack.core.store.StoredLicense;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RecordsTest {

    private static Holder sam(Records r) {
        return r.save(Holder.of("sam", "Sam Lee"));
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void savingANewHolderReturnsVersionOneAndAnUpdateBumpsIt(Db db) {
        Records r = db.newTenant();
        Holder saved = sam(r);
        assertThat(saved.version()).isEqualTo(1);
        Holder renamed = r.save(saved.withName("Sam Lee-Park"));
        assertThat(renamed.version()).isEqualTo(2);
        assertThat(r.holder("sam")).contains(renamed);
        assertThat(r.save(Holder.of(null, "Alex")).id()).isNotBlank();
        assertThat(r.holders()).extracting(Holder::name).contains("Sam Lee-Park", "Alex");
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void aStaleUpdateFailsWithAConflictAndOverwritesNothing(Db db) {
        Records r = db.newTenant();
        Holder v1 = sam(r);
        r.save(v1.withName("First writer"));
        assertThatThrownBy(() -> r.save(v1.withName("Second writer")))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("holder \"sam\" was changed by someone else").hasMessageContaining("version 2");
        assertThat(r.holder("sam").orElseThrow().name()).isEqualTo("First writer");

        StoredActivity a1 = r.save(StoredActivity.of("sam", ethics("a1")));
        StoredActivity edited = r.save(a1.withActivity(a1.activity().withHours(new BigDecimal("7"), a1.activity().unit())));
        assertThat(edited.version()).isEqualTo(2);
        assertThatThrownBy(() -> r.save(a1)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> r.deleteActivity("a1", 1)).isInstanceOf(ConflictException.class);
        assertThat(r.activity("a1").orElseThrow().activity().hours()).isEqualByComparingTo("7");
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void insertingAnIdThatExistsIsRefusedInsteadOfOverwriting(Db db) {
        Records r = db.newTenant();
        sam(r);
        assertThatThrownBy(() -> r.save(Holder.of("sam", "Somebody else")))
                .isInstanceOf(StoreException.class).hasMessageContaining("already exists");
        assertThat(r.holder("sam").orElseThrow().name()).isEqualTo("Sam Lee");
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void aLicenseKeepsEveryFieldAndItsExplicitCycles(Db db) {
        Records r = db.newTenant();
        sam(r);
        RenewalCycle c1 = new RenewalCycle(LocalDate.of(2022, 4, 1), LocalDate.of(2024, 3, 31));
        RenewalCycle c2 = new RenewalCycle(LocalDate.of(2024, 4, 1), LocalDate.of(2026, 3, 31));
        StoredLicense saved = r.save(StoredLicense.of("ca", "sam", caLcsw().withBirthDate(LocalDate.of(1980, 5, 6))
                .withRoles(java.util.Set.of("supervisor"))).withCycles(List.of(c2, c1)));
        StoredLicense read = r.license("ca").orElseThrow();
        assertThat(read).isEqualTo(saved);
        assertThat(read.cycles()).containsExactly(c1, c2);
        assertThat(read.license().roles()).containsExactly("supervisor");

        r.save(StoredActivity.of("sam", course("one", LocalDate.of(2023, 5, 1), "2")));
        r.save(StoredActivity.of("sam", course("two", LocalDate.of(2025, 5, 1), "3")));
        EvaluationInput input = r.evaluationInput("ca");
        assertThat(input.license()).isEqualTo(saved);
        assertThat(input.activities()).extracting(CeActivity::id).containsExactly("one", "two");

        StoredLicense updated = r.save(read.withCycles(List.of(c2)));
        assertThat(r.license("ca").orElseThrow().cycles()).containsExactly(c2);
        assertThat(updated.version()).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void overlappingExplicitCyclesAreRefusedNamingTheField(Db db) {
        Records r = db.newTenant();
        sam(r);
        StoredLicense l = StoredLicense.of("ca", "sam", caLcsw()).withCycles(List.of(
                new RenewalCycle(LocalDate.of(2022, 1, 1), LocalDate.of(2023, 12, 31)),
                new RenewalCycle(LocalDate.of(2023, 6, 1), LocalDate.of(2025, 5, 31))));
        assertThatThrownBy(() -> r.save(l)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("license.cycles[1]: must not overlap cycles[0]");
        assertThat(r.license("ca")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void invalidInputNamesTheFieldAndWritesNothing(Db db) {
        Records r = db.newTenant();
        sam(r);
        CeActivity negative = ethics("bad").withHours(new BigDecimal("-3"), io.github.cetrack.core.HourUnit.CLOCK_HOUR);
        assertThatThrownBy(() -> r.save(StoredActivity.of("sam", negative)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("hours: must not be negative");
        assertThatThrownBy(() -> r.save(StoredActivity.of("sam", ethics("bad id with spaces"))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("id: must be 1 to 64 letters");
        assertThatThrownBy(() -> r.save(StoredActivity.of("nobody", ethics("a1"))))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("no holder \"nobody\"");
        assertThatThrownBy(() -> r.save(Holder.of("x", "nul\0name")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("name: must not contain control characters")
                .hasMessageContaining("(was \"nul\\u0000name\")");
        assertThatThrownBy(() -> r.save(StoredActivity.of("sam", ethics("a1").withId("a1")
                        .withTopics(java.util.Set.of()).withApprovals(java.util.Set.of()))
                        .withActivity(new CeActivity("a1", "half \uD83D emoji", "P", java.util.Set.of(), null,
                                LocalDate.of(2025, 1, 1), BigDecimal.ONE, null, io.github.cetrack.core.DeliveryFormat.IN_PERSON,
                                null, java.util.Set.of(), null))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("activity.title: must be valid Unicode text");
        assertThatThrownBy(() -> r.save(StoredActivity.of("sam", ethics("a1").withTopics(java.util.Set.of("suicide_risk_asessment")))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("activity.topics: is not a known topic; did you mean suicide_prevention?");
        assertThat(r.activitiesOf("sam")).isEmpty();
        assertThat(r.holder("x")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void anActivityAndItsCertificateAreSavedTogetherAndReadBackVerified(Db db) {
        Records r = db.newTenant();
        sam(r);
        byte[] bytes = pdf("a1");
        StoredActivity saved = r.save(StoredActivity.of("sam", ethics("a1")), CertificateFile.of(bytes, "../../etc/passwd"));
        Certificate c = saved.activity().certificate();
        assertThat(c.sha256()).isEqualTo(Certificate.sha256(bytes));
        assertThat(c.mediaType()).isEqualTo("application/pdf");
        assertThat(c.size()).isEqualTo(bytes.length);
        assertThat(c.fileName()).isEqualTo("../../etc/passwd");
        assertThat(r.activity("a1").orElseThrow()).isEqualTo(saved);
        assertThat(r.certificate(c.sha256())).isEqualTo(bytes);
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void whenTheActivityCannotBeSavedItsCertificateIsNotStoredEither(Db db) {
        Records r = db.newTenant();
        sam(r);
        StoredActivity v1 = r.save(StoredActivity.of("sam", ethics("a1")));
        r.save(v1);
        byte[] bytes = pdf("rolled back");
        assertThatThrownBy(() -> r.save(v1, CertificateFile.of(bytes, "late.pdf"))).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> r.certificate(Certificate.sha256(bytes))).isInstanceOf(NotFoundException.class);
        assertThat(r.activity("a1").orElseThrow().activity().certificate()).isNull();
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void theSameBytesAreStoredOnceAndTheMediaTypeComesFromTheBytes(Db db) {
        Records r = db.newTenant();
        Certificate first = r.putCertificate(CertificateFile.of(png("x"), "scan.pdf"));
        Certificate second = r.putCertificate(CertificateFile.of(png("x"), "copy.png"));
        assertThat(first.mediaType()).isEqualTo("image/png");
        assertThat(second.sha256()).isEqualTo(first.sha256());
        assertThat(db.shared()).isNotNull();
        assertThatThrownBy(() -> r.putCertificate(CertificateFile.of("just text".getBytes(), "cert.pdf")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("certificate: must be a PDF, PNG, JPEG, HEIC or WebP file");
        assertThatThrownBy(() -> r.putCertificate(CertificateFile.of(new byte[0], "empty.pdf")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("must not be empty");
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void aCertificateOverTheSizeLimitIsRefused(Db db) {
        Records r = db.newTenant();
        Records small = db.shared().withMaxCertificateBytes(10).records(r.tenantId());
        assertThatThrownBy(() -> small.putCertificate(CertificateFile.of(pdf("big"), "big.pdf")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("certificate: must be at most 10 bytes");
        assertThat(db.shared().maxCertificateBytes()).isEqualTo(JdbcStore.DEFAULT_MAX_CERTIFICATE_BYTES);
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void corruptedCertificateBytesRaiseAnIntegrityErrorInsteadOfBeingReturned(Db db) throws Exception {
        javax.sql.DataSource ds = db.fresh();
        JdbcStore store = JdbcStore.migrate(ds);
        store.createTenant(io.github.cetrack.core.store.Tenant.of("t", "T"));
        Records r = store.records("t");
        Certificate c = r.putCertificate(CertificateFile.of(pdf("original"), "c.pdf"));
        try (var conn = ds.getConnection(); var st = conn.prepareStatement("update cetrack_certificate set content = ?")) {
            st.setBytes(1, pdf("tampered"));
            assertThat(st.executeUpdate()).isEqualTo(1);
        }
        assertThatThrownBy(() -> r.certificate(c.sha256())).isInstanceOf(IntegrityException.class)
                .hasMessageContaining("certificate " + c.sha256() + " is corrupted");
        assertThatThrownBy(() -> r.exportTo(java.nio.file.Files.createTempDirectory("cetrack-export")))
                .isInstanceOf(IntegrityException.class);
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void anActivityMayOnlyReferToACertificateStoredInItsTenant(Db db) {
        Records r = db.newTenant();
        sam(r);
        Certificate elsewhere = Certificate.describe(pdf("elsewhere"), "x.pdf");
        assertThatThrownBy(() -> r.save(StoredActivity.of("sam", ethics("a1").withCertificate(elsewhere))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("activity.certificate.sha256: must name a certificate stored in this tenant");
        Certificate stored = r.putCertificate(CertificateFile.of(pdf("here"), "here.pdf"));
        Certificate renamed = Certificate.of(stored.sha256(), stored.mediaType(), stored.size(), "renamed.pdf");
        assertThat(r.save(StoredActivity.of("sam", ethics("a1").withCertificate(renamed))).activity().certificate().fileName())
                .isEqualTo("renamed.pdf");
        Certificate lying = Certificate.of(stored.sha256(), "image/png", stored.size(), "x");
        assertThatThrownBy(() -> r.save(StoredActivity.of("sam", ethics("a2").withCertificate(lying))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("must match the stored certificate");
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void queriesATrackerNeedsReturnTheRightRecordsInOrder(Db db) {
        Records r = db.newTenant();
        sam(r);
        r.save(Holder.of("alex", "Alex"));
        StoredLicense ca = r.save(StoredLicense.of("ca", "sam", caLcsw()));
        r.save(StoredLicense.of("ny", "sam", caLcsw().withExpiresOn(LocalDate.of(2027, 8, 31))));
        r.save(StoredLicense.of("tx", "alex", caLcsw().withExpiresOn(null)).withCycles(List.of(
                new RenewalCycle(LocalDate.of(2024, 3, 1), LocalDate.of(2026, 2, 28)))));
        r.save(StoredActivity.of("sam", course("b", LocalDate.of(2025, 6, 1), "2")));
        r.save(StoredActivity.of("sam", course("a", LocalDate.of(2025, 6, 1), "1.5")));
        r.save(StoredActivity.of("sam", course("old", LocalDate.of(2023, 1, 1), "3")));
        r.save(StoredActivity.of("alex", course("x", LocalDate.of(2025, 1, 1), "3")), CertificateFile.of(pdf("x"), "x.pdf"));

        assertThat(r.activitiesFor("ca", LocalDate.of(2024, 4, 1), LocalDate.of(2026, 3, 31)))
                .extracting(StoredActivity::id).containsExactly("a", "b");
        assertThat(r.licensesEndingBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)))
                .extracting(StoredLicense::id).containsExactly("tx", "ca");
        assertThat(r.licensesEndingBetween(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31)))
                .extracting(StoredLicense::id).containsExactly("ny");
        assertThat(r.licensesEndingWithin(LocalDate.of(2026, 2, 1), 30)).extracting(StoredLicense::id).containsExactly("tx");
        assertThat(r.licensesEndingWithin(LocalDate.of(2026, 2, 1), 60)).extracting(StoredLicense::id).containsExactly("tx", "ca");
        assertThat(r.activitiesWithoutCertificate()).extracting(StoredActivity::id).containsExactly("old", "a", "b");
        assertThat(r.licensesOf("sam")).extracting(StoredLicense::id).containsExactly("ca", "ny");
        assertThat(r.licenses()).extracting(StoredLicense::id).containsExactly("tx", "ca", "ny");

        EvaluationInput input = r.evaluationInput("ca");
        assertThat(input.license()).isEqualTo(ca);
        assertThat(r.evaluationInput("tx").license().cycles()).hasSize(1);
        assertThat(r.evaluationInput("tx").activities()).extracting(CeActivity::id).containsExactly("x");
        assertThat(r.evaluationInput("tx").activities().get(0).certificate().mediaType()).isEqualTo("application/pdf");
        assertThat(input.activities()).extracting(CeActivity::id).containsExactly("old", "a", "b");
        assertThat(input.activities().get(1).hours()).isEqualTo(new BigDecimal("1.5"));
        assertThatThrownBy(() -> r.evaluationInput("nope")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> r.activitiesFor("ca", LocalDate.of(2026, 1, 1), LocalDate.of(2025, 1, 1)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("to: must not be before from");
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void aSavedEvaluationComesBackWhole(Db db) {
        Records r = db.newTenant();
        sam(r);
        r.save(StoredLicense.of("ca", "sam", caLcsw()));
        Evaluation e = Fixtures.evaluation(caLcsw());
        SavedEvaluation older = r.saveEvaluation("ca", e, Instant.parse("2026-01-01T10:00:00.123456Z"));
        SavedEvaluation newer = r.saveEvaluation("ca", e, Instant.parse("2026-02-01T10:00:00Z"));
        assertThat(older.evaluatedAt()).isEqualTo(Instant.parse("2026-01-01T10:00:00.123Z"));
        assertThat(r.evaluations("ca")).containsExactly(newer, older);
        assertThat(r.evaluations("ca").get(0).catalogVersion()).isEqualTo("test-catalog-1");
        assertThatThrownBy(() -> r.saveEvaluation("nope", e, Instant.now())).isInstanceOf(NotFoundException.class);
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void deletingFollowsVersionsAndNeverOrphansRecords(Db db) {
        Records r = db.newTenant();
        Holder h = sam(r);
        StoredLicense l = r.save(StoredLicense.of("ca", "sam", caLcsw()));
        r.saveEvaluation("ca", Fixtures.evaluation(caLcsw()), Instant.now());
        StoredActivity a = r.save(StoredActivity.of("sam", ethics("a1")));
        assertThatThrownBy(() -> r.deleteHolder("sam", h.version()))
                .isInstanceOf(StoreException.class).hasMessageContaining("still has 1 licence(s) and 1 activity(ies)");
        assertThatThrownBy(() -> r.deleteLicense("ca", 7)).isInstanceOf(ConflictException.class);
        r.deleteLicense("ca", l.version());
        r.deleteActivity("a1", a.version());
        r.deleteHolder("sam", h.version());
        assertThat(r.holders()).isEmpty();
        assertThat(r.licenses()).isEmpty();
        assertThatThrownBy(() -> r.deleteActivity("a1", 1)).isInstanceOf(NotFoundException.class);
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void holderPagesVisitEveryHolderOnceWithWhatEvaluatingTheirLicensesNeeds(Db db) {
        Records r = db.newTenant();
        for (int i = 1; i <= 7; i++) {
            String id = "h0" + i;
            r.save(Holder.of(id, "Learner " + i));
            if (i % 3 != 0) { // h03 and h06 hold no licence
                r.save(StoredLicense.of(id + "-ca", id, caLcsw()));
            }
            if (i == 2) {
                r.save(StoredLicense.of("h02-tx", id, caLcsw().withExpiresOn(null)).withCycles(List.of(
                        new RenewalCycle(LocalDate.of(2024, 3, 1), LocalDate.of(2026, 2, 28)))));
            }
            r.save(StoredActivity.of(id, course(id + "-late", LocalDate.of(2025, 9, 1), "2")));
            r.save(StoredActivity.of(id, course(id + "-early", LocalDate.of(2024, 9, 1), "1")));
        }
        for (int size = 1; size <= 8; size++) {
            List<HolderRecords> all = new ArrayList<>();
            String after = null;
            for (List<HolderRecords> page = r.holderRecords(null, size); !page.isEmpty(); page = r.holderRecords(after, size)) {
                assertThat(page.size()).isLessThanOrEqualTo(size);
                all.addAll(page);
                after = page.get(page.size() - 1).holder().id();
            }
            assertThat(all).as("pages of %d", size).extracting(HolderRecords::holder).containsExactlyElementsOf(r.holders());
        }
        List<HolderRecords> page = r.holderRecords("h01", 2);
        assertThat(page).extracting(p -> p.holder().id()).containsExactly("h02", "h03");
        HolderRecords h02 = page.get(0);
        assertThat(h02.licenses()).isEqualTo(r.licensesOf("h02"));
        assertThat(h02.licenses().get(1).cycles()).hasSize(1);
        assertThat(h02.activities()).extracting(CeActivity::id).containsExactly("h02-early", "h02-late");
        assertThat(h02.inputs()).containsExactly(r.evaluationInput("h02-ca"), r.evaluationInput("h02-tx"));
        assertThat(page.get(1).licenses()).isEmpty();
        assertThat(page.get(1).inputs()).isEmpty();
        assertThat(page.get(1).activities()).hasSize(2);
        assertThat(r.holderRecords("h07", 5)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void aHolderPageOutOfBoundsNamesTheParameter(Db db) {
        Records r = db.newTenant();
        assertThatThrownBy(() -> r.holderRecords(null, 0))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("limit: must be between 1 and 10000");
        assertThatThrownBy(() -> r.holderRecords(null, 10_001)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> r.holderRecords("no\u0000such", 10))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("afterHolderId");
    }
}
