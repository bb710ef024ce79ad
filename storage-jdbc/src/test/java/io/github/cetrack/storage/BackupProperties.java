package io.github.cetrack.storage;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cetrack.core.ActivityKind;
import io.github.cetrack.core.CeActivity;
import io.github.cetrack.core.DeliveryFormat;
import io.github.cetrack.core.HourUnit;
import io.github.cetrack.core.Jurisdiction;
import io.github.cetrack.core.License;
import io.github.cetrack.core.RenewalCycle;
import io.github.cetrack.core.store.CertificateFile;
import io.github.cetrack.core.store.Holder;
import io.github.cetrack.core.store.Records;
import io.github.cetrack.core.store.StoredActivity;
import io.github.cetrack.core.store.StoredLicense;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Export, restore into an empty database, export again: the same bytes for any tenant. */
class BackupProperties {

    /** A generated tenant: what to save, in order. */
    record Content(List<Holder> holders, List<StoredLicense> licenses, List<Saved> activities, int evaluations) {}

    /** An activity and the certificate file saved with it, if any. */
    record Saved(StoredActivity activity, CertificateFile file) {}

    @Property(tries = 25)
    void exportRestoreExportRoundTripsAnyTenant(@ForAll("tenants") Content content) throws IOException {
        Records records = Db.H2_MEMORY.newTenant();
        content.holders().forEach(records::save);
        content.licenses().forEach(records::save);
        for (Saved s : content.activities()) {
            if (s.file() == null) {
                records.save(s.activity());
            } else {
                records.save(s.activity(), s.file());
            }
        }
        for (int i = 0; i < content.evaluations() && !content.licenses().isEmpty(); i++) {
            StoredLicense l = content.licenses().get(i % content.licenses().size());
            records.saveEvaluation(l.id(), Fixtures.evaluation(l.license()), Instant.ofEpochMilli(1_700_000_000_000L + i * 1001L));
        }
        Path dir = Files.createTempDirectory("cetrack-backup-property");
        records.exportTo(dir.resolve("first"));
        JdbcStore empty = JdbcStore.migrate(Db.H2_MEMORY.fresh());
        empty.restoreTenant(dir.resolve("first"));
        Records restored = empty.records(records.tenantId());
        restored.exportTo(dir.resolve("second"));

        assertThat(BackupTest.files(dir.resolve("second"))).isEqualTo(BackupTest.files(dir.resolve("first")));
        assertThat(restored.holders()).isEqualTo(records.holders());
        assertThat(restored.licenses()).isEqualTo(records.licenses());
        for (Holder h : records.holders()) {
            assertThat(restored.activitiesOf(h.id())).isEqualTo(records.activitiesOf(h.id()));
        }
    }

    @Provide
    Arbitrary<Content> tenants() {
        Arbitrary<List<String>> names = text(1, 40).list().ofMinSize(1).ofMaxSize(3);
        return names.flatMap(holderNames -> {
            List<Holder> holders = new ArrayList<>();
            for (int i = 0; i < holderNames.size(); i++) {
                holders.add(Holder.of("h" + i, holderNames.get(i)));
            }
            Arbitrary<Integer> holder = Arbitraries.integers().between(0, holders.size() - 1);
            Arbitrary<List<StoredLicense>> licenses = Combinators.combine(holder, license(), cycles())
                    .as((h, l, c) -> StoredLicense.of(null, "h" + h, l).withCycles(c)).list().ofMaxSize(4)
                    .map(list -> {
                        List<StoredLicense> withIds = new ArrayList<>();
                        for (int i = 0; i < list.size(); i++) {
                            StoredLicense l = list.get(i);
                            withIds.add(new StoredLicense("l" + i, l.holderId(), l.license(), l.cycles(), 0));
                        }
                        return withIds;
                    });
            Arbitrary<List<Saved>> activities = Combinators.combine(holder, activity(), certificate())
                    .as((h, a, f) -> new Saved(StoredActivity.of("h" + h, a), f)).list().ofMaxSize(8)
                    .map(list -> {
                        List<Saved> withIds = new ArrayList<>();
                        for (int i = 0; i < list.size(); i++) {
                            Saved s = list.get(i);
                            withIds.add(new Saved(s.activity().withActivity(s.activity().activity().withId("a" + i)), s.file()));
                        }
                        return withIds;
                    });
            return Combinators.combine(licenses, activities, Arbitraries.integers().between(0, 3))
                    .as((l, a, e) -> new Content(holders, l, a, e));
        });
    }

    private static Arbitrary<String> text(int min, int max) {
        return Arbitraries.of("a", "b", "X", "Z", "0", "9", " ", "-", "'", ".", ",", "\"", "é", "中", "💡", "\\", "/")
                .list().ofMinSize(min).ofMaxSize(max).map(l -> String.join("", l).trim()).filter(s -> !s.isEmpty());
    }

    private static Arbitrary<LocalDate> date() {
        return Arbitraries.integers().between(0, 365 * 30).map(d -> LocalDate.of(2000, 1, 1).plusDays(d));
    }

    private static Arbitrary<License> license() {
        return Combinators.combine(Arbitraries.of(Jurisdiction.class), Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(2).ofMaxLength(6),
                        date(), Arbitraries.integers().between(1, 4000), text(1, 30).injectNull(0.3),
                        Arbitraries.of("supervisor", "telehealth_provider").set().ofMaxSize(2))
                .as((j, type, issued, days, number, roles) -> new License("Holder", j, type,
                        number == null ? null : number.replaceAll("[^A-Za-z0-9 -]", "x"), issued, issued.plusDays(days), null, roles));
    }

    private static Arbitrary<List<RenewalCycle>> cycles() {
        return Combinators.combine(date(), Arbitraries.integers().between(0, 3), Arbitraries.integers().between(1, 800))
                .as((start, n, length) -> {
                    List<RenewalCycle> cycles = new ArrayList<>();
                    LocalDate s = start;
                    for (int i = 0; i < n; i++) {
                        cycles.add(new RenewalCycle(s, s.plusDays(length - 1)));
                        s = s.plusDays(length);
                    }
                    return cycles;
                });
    }

    private static Arbitrary<CeActivity> activity() {
        Arbitrary<BigDecimal> hours = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("9999.99")).ofScale(2);
        Arbitrary<Set<String>> codes = Arbitraries.of("ethics", "laws_and_rules", "telehealth", "cultural_competence", "supervision")
                .set().ofMaxSize(3);
        Arbitrary<CeActivity> shape = Combinators.combine(Arbitraries.of(HourUnit.class), Arbitraries.of(DeliveryFormat.class),
                        Arbitraries.of(ActivityKind.class))
                .as((unit, format, kind) -> new CeActivity(null, "t", "p", Set.of(), null, LocalDate.EPOCH, BigDecimal.ONE,
                        unit, format, kind, Set.of(), null));
        return Combinators.combine(text(1, 120), text(1, 60), codes, date(), Arbitraries.integers().between(0, 5).injectNull(0.5),
                        hours, shape)
                .as((title, provider, cats, done, before, h, s) -> new CeActivity(null, title, provider,
                        Set.of("apa"), before == null ? null : done.minusDays(before), done, h, s.unit(), s.format(), s.kind(),
                        cats, null));
    }

    private static Arbitrary<CertificateFile> certificate() {
        return Arbitraries.of("x", "y", "z").map(salt -> salt.equals("z") ? Fixtures.png(salt) : Fixtures.pdf(salt))
                .flatMap(bytes -> text(1, 40).map(name -> CertificateFile.of(bytes, name))).injectNull(0.4);
    }
}
