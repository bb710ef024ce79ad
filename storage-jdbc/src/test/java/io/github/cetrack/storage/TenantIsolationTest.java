package io.github.cetrack.storage;

import static io.github.cetrack.storage.Fixtures.caLcsw;
import static io.github.cetrack.storage.Fixtures.ethics;
import static io.github.cetrack.storage.Fixtures.pdf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cetrack.core.Certificate;
import io.github.cetrack.core.InvalidInputException;
import io.github.cetrack.core.store.CertificateFile;
import io.github.cetrack.core.store.Holder;
import io.github.cetrack.core.store.ImportFormat;
import io.github.cetrack.core.store.NotFoundException;
import io.github.cetrack.core.store.Records;
import io.github.cetrack.core.store.StoredActivity;
import io.github.cetrack.core.store.StoredLicense;
import java.io.StringReader;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Tries every {@link Records} method from tenant B with tenant A's ids. */
class TenantIsolationTest {

    private static final LocalDate FAR_PAST = LocalDate.of(1900, 1, 1);
    private static final LocalDate FAR_FUTURE = LocalDate.of(2200, 1, 1);

    @ParameterizedTest
    @EnumSource(Db.class)
    void noMethodReadsOrChangesAnotherTenantsRows(Db db) throws Exception {
        Records a = db.newTenant();
        Holder holder = a.save(Holder.of("sam", "Sam Lee"));
        StoredLicense license = a.save(StoredLicense.of("ca", "sam", caLcsw()));
        StoredActivity activity = a.save(StoredActivity.of("sam", ethics("a1")), CertificateFile.of(pdf("a"), "a.pdf"));
        Certificate certificate = activity.activity().certificate();
        a.saveEvaluation("ca", Fixtures.evaluation(caLcsw()), Instant.parse("2026-01-01T00:00:00Z"));
        Records b = db.newTenant();
        Set<String> tried = new HashSet<>();

        tried.add("tenantId");
        assertThat(b.tenantId()).isNotEqualTo(a.tenantId());
        tried.add("holder");
        assertThat(b.holder("sam")).isEmpty();
        tried.add("holders");
        assertThat(b.holders()).isEmpty();
        tried.add("holderRecords");
        assertThat(b.holderRecords(null, 100)).isEmpty();
        assertThat(b.holderRecords("a", 100)).isEmpty();
        tried.add("license");
        assertThat(b.license("ca")).isEmpty();
        tried.add("licenses");
        assertThat(b.licenses()).isEmpty();
        tried.add("licensesOf");
        assertThat(b.licensesOf("sam")).isEmpty();
        tried.add("licensesEndingBetween");
        assertThat(b.licensesEndingBetween(FAR_PAST, FAR_FUTURE)).isEmpty();
        tried.add("licensesEndingWithin");
        assertThat(b.licensesEndingWithin(FAR_PAST, 365 * 300)).isEmpty();
        tried.add("activity");
        assertThat(b.activity("a1")).isEmpty();
        tried.add("activitiesOf");
        assertThat(b.activitiesOf("sam")).isEmpty();
        tried.add("activitiesFor");
        assertThatThrownBy(() -> b.activitiesFor("ca", FAR_PAST, FAR_FUTURE)).isInstanceOf(NotFoundException.class);
        tried.add("activitiesWithoutCertificate");
        a.save(StoredActivity.of("sam", ethics("a2")));
        assertThat(b.activitiesWithoutCertificate()).isEmpty();
        tried.add("certificate");
        assertThatThrownBy(() -> b.certificate(certificate.sha256())).isInstanceOf(NotFoundException.class);
        tried.add("evaluations");
        assertThat(b.evaluations("ca")).isEmpty();
        tried.add("evaluationInput");
        assertThatThrownBy(() -> b.evaluationInput("ca")).isInstanceOf(NotFoundException.class);
        tried.add("saveEvaluation");
        assertThatThrownBy(() -> b.saveEvaluation("ca", Fixtures.evaluation(caLcsw()), Instant.now()))
                .isInstanceOf(NotFoundException.class);

        tried.add("save");
        assertThatThrownBy(() -> b.save(holder.withName("Hijacked"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> b.save(license.withLicense(caLcsw().withNumber("X")))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> b.save(activity)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> b.save(activity, CertificateFile.of(pdf("b"), "b.pdf"))).isInstanceOf(NotFoundException.class);
        b.save(Holder.of("mine", "Mine"));
        assertThatThrownBy(() -> b.save(StoredActivity.of("mine", ethics("b1").withCertificate(certificate))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("must name a certificate stored in this tenant");
        tried.add("putCertificate");
        Certificate same = b.putCertificate(CertificateFile.of(pdf("a"), "copy.pdf"));
        assertThat(same.sha256()).isEqualTo(certificate.sha256());
        tried.add("deleteHolder");
        assertThatThrownBy(() -> b.deleteHolder("sam", holder.version())).isInstanceOf(NotFoundException.class);
        tried.add("deleteLicense");
        assertThatThrownBy(() -> b.deleteLicense("ca", license.version())).isInstanceOf(NotFoundException.class);
        tried.add("deleteActivity");
        assertThatThrownBy(() -> b.deleteActivity("a1", activity.version())).isInstanceOf(NotFoundException.class);
        tried.add("importActivities");
        assertThatThrownBy(() -> b.importActivities("sam", new StringReader("[]"), ImportFormat.JSON))
                .isInstanceOf(NotFoundException.class);
        tried.add("exportTo");
        Path export = Files.createTempDirectory("cetrack-isolation").resolve("b");
        b.exportTo(export);
        String json = Files.readString(export.resolve("tenant.json"));
        assertThat(json).doesNotContain("\"sam\"", "\"ca\"", "\"a1\"", a.tenantId());
        tried.add("restoreFrom");
        assertThatThrownBy(() -> a.restoreFrom(export)).hasMessageContaining("already holds records");

        // Tenant A is untouched, and tenant B may use the same ids for its own records.
        assertThat(a.holder("sam")).contains(holder);
        assertThat(a.license("ca")).contains(license);
        assertThat(a.activity("a1")).contains(activity);
        assertThat(a.evaluations("ca")).hasSize(1);
        assertThat(b.save(Holder.of("sam", "Another Sam")).version()).isEqualTo(1);
        assertThat(a.holder("sam").orElseThrow().name()).isEqualTo("Sam Lee");

        Set<String> all = Arrays.stream(Records.class.getMethods()).map(Method::getName).collect(Collectors.toCollection(TreeSet::new));
        assertThat(tried).as("every Records method is tried across tenants").containsAll(all);
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void anUnknownTenantHasNoRecords(Db db) {
        assertThatThrownBy(() -> db.shared().records("no-such-tenant"))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("no tenant \"no-such-tenant\"");
    }
}
