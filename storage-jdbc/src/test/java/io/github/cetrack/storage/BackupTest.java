package io.github.cetrack.storage;

import static io.github.cetrack.storage.Fixtures.caLcsw;
import static io.github.cetrack.storage.Fixtures.course;
import static io.github.cetrack.storage.Fixtures.ethics;
import static io.github.cetrack.storage.Fixtures.pdf;
import static io.github.cetrack.storage.Fixtures.png;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cetrack.core.InvalidInputException;
import io.github.cetrack.core.RenewalCycle;
import io.github.cetrack.core.store.CertificateFile;
import io.github.cetrack.core.store.Holder;
import io.github.cetrack.core.store.Records;
import io.github.cetrack.core.store.StoredActivity;
import io.github.cetrack.core.store.StoredLicense;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BackupTest {

    @TempDir
    Path tmp;

    static Records filled(Records r) {
        r.save(Holder.of("sam", "Sam Lee"));
        r.save(Holder.of("alex", "Alex Kim"));
        r.save(StoredLicense.of("ca", "sam", caLcsw()).withCycles(List.of(
                new RenewalCycle(LocalDate.of(2024, 4, 1), LocalDate.of(2026, 3, 31)))));
        r.save(StoredLicense.of("tx", "alex", caLcsw().withExpiresOn(LocalDate.of(2027, 1, 31))));
        StoredActivity a1 = r.save(StoredActivity.of("sam", ethics("a1")), CertificateFile.of(pdf("shared"), "one.pdf"));
        r.save(StoredActivity.of("alex", course("a2", LocalDate.of(2025, 5, 5), "2.25")), CertificateFile.of(pdf("shared"), "two.pdf"));
        r.save(StoredActivity.of("alex", course("a3", LocalDate.of(2025, 6, 5), "3")), CertificateFile.of(png("scan"), "scan.png"));
        r.save(StoredActivity.of("sam", course("a4", LocalDate.of(2025, 7, 5), "1")).withUnmappedTopics(Set.of("foo_bar")));
        r.save(a1.withActivity(a1.activity().withTopics(java.util.Set.of("ethics", "laws_and_rules", "telehealth"))));
        r.saveEvaluation("ca", Fixtures.evaluation(caLcsw()), Instant.parse("2026-01-02T03:04:05.678Z"));
        return r;
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void exportThenRestoreIntoAnEmptyDatabaseGivesTheSameBytes(Db db) throws IOException {
        Records original = filled(db.newTenant());
        Path first = tmp.resolve("first");
        original.exportTo(first);

        JdbcStore empty = JdbcStore.migrate(db.fresh());
        assertThat(empty.restoreTenant(first).id()).isEqualTo(original.tenantId());
        Records restored = empty.records(original.tenantId());
        Path second = tmp.resolve("second");
        restored.exportTo(second);

        assertThat(files(second)).isEqualTo(files(first));
        assertThat(files(first)).containsKeys("tenant.json").hasSize(3);
        assertThat(restored.activity("a1")).isEqualTo(original.activity("a1"));
        assertThat(restored.activity("a4").orElseThrow().unmappedTopics()).containsExactly("foo_bar");
        assertThat(restored.licenses()).isEqualTo(original.licenses());
        assertThat(restored.evaluations("ca")).isEqualTo(original.evaluations("ca"));
        assertThat(restored.certificate(restored.activity("a3").orElseThrow().activity().certificate().sha256()))
                .isEqualTo(png("scan"));
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void aBackupFromTheEmbeddedDatabaseRestoresOnEveryDatabase(Db db) throws IOException {
        Records h2 = filled(Db.H2_MEMORY.newTenant());
        Path first = tmp.resolve("h2");
        h2.exportTo(first);
        Records target = db.newTenant();
        target.restoreFrom(first);
        Path second = tmp.resolve("target");
        target.exportTo(second);
        String firstJson = Files.readString(first.resolve("tenant.json")).replace(h2.tenantId(), target.tenantId());
        assertThat(Files.readString(second.resolve("tenant.json"))).isEqualTo(firstJson);
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void aTamperedBackupIsRefusedAndNothingIsWritten(Db db) throws IOException {
        Records original = filled(db.newTenant());
        Path backup = tmp.resolve("backup");
        original.exportTo(backup);
        Path certificate;
        try (Stream<Path> files = Files.list(backup.resolve("certificates"))) {
            certificate = files.sorted().findFirst().orElseThrow();
        }
        Files.write(certificate, pdf("tampered"));
        JdbcStore empty = JdbcStore.migrate(db.fresh());
        assertThatThrownBy(() -> empty.restoreTenant(backup)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("certificates/" + certificate.getFileName() + ": must match tenant.json");
        assertThat(empty.tenants()).isEmpty();
        Records target = db.newTenant();
        assertThatThrownBy(() -> target.restoreFrom(backup)).isInstanceOf(InvalidInputException.class);
        assertThat(target.holders()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void aBackupWithAnUnknownTopicOrApprovalIsRefusedWithTheNearestCodeAndNothingIsWritten(Db db) throws IOException {
        Path backup = tmp.resolve("backup");
        filled(db.newTenant()).exportTo(backup);
        Path index = backup.resolve("tenant.json");
        Files.writeString(index, Files.readString(index).replace("\"laws_and_rules\"", "\"law_and_rules\"")
                .replace("\"nasw_ca\"", "\"nasw_cal\""));
        JdbcStore empty = JdbcStore.migrate(db.fresh());
        assertThatThrownBy(() -> empty.restoreTenant(backup)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.violations()).extracting(v -> v.describe()).containsExactly(
                        "activities[0].activity.approvals: is not a known provider approval; did you mean nasw_ca?"
                                + " (`cetrack catalog approvals` lists them) (was \"nasw_cal\")",
                        "activities[0].activity.topics: is not a known topic; did you mean laws_and_rules?"
                                + " (`cetrack catalog topics` lists them) (was \"law_and_rules\")"));
        assertThat(empty.tenants()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void aRestoreThatFailsHalfwayLeavesNoTrace(Db db) throws IOException {
        Records original = filled(db.newTenant());
        Path backup = tmp.resolve("backup");
        original.exportTo(backup);
        JdbcStore other = JdbcStore.migrate(db.fresh());
        other.createTenant(io.github.cetrack.core.store.Tenant.of(original.tenantId(), "Taken"));
        assertThatThrownBy(() -> other.restoreTenant(backup)).hasMessageContaining("already exists");
        assertThat(other.records(original.tenantId()).holders()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void exportRefusesToWriteIntoADirectoryThatHoldsFiles(Db db) throws IOException {
        Records r = filled(db.newTenant());
        Path dir = Files.createDirectories(tmp.resolve("full"));
        Files.writeString(dir.resolve("keep.txt"), "mine");
        assertThatThrownBy(() -> r.exportTo(dir)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("must be empty or not exist yet");
        assertThat(Files.readString(dir.resolve("keep.txt"))).isEqualTo("mine");
    }

    /** Every file of a backup, by relative path. */
    static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return new TreeMap<>(Map.copyOf(out)) {
            @Override
            public boolean equals(Object o) {
                return o instanceof Map<?, ?> m && m.keySet().equals(keySet())
                        && keySet().stream().allMatch(k -> java.util.Arrays.equals((byte[]) m.get(k), get(k)));
            }

            @Override
            public int hashCode() {
                return keySet().hashCode();
            }
        };
    }
}
