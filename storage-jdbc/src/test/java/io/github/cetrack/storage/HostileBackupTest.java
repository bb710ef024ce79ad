package io.github.cetrack.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cetrack.core.InvalidInputException;
import io.github.cetrack.core.store.Records;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Backups as a hostile user would hand them over: every one refused as bad input, none followed, none hanging. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HostileBackupTest {

    @TempDir
    Path tmp;

    Path backup;
    Path certificate;

    @BeforeEach
    void export() throws IOException {
        backup = tmp.resolve("backup");
        BackupTest.filled(Db.H2_MEMORY.newTenant()).exportTo(backup);
        try (Stream<Path> files = Files.list(backup.resolve("certificates"))) {
            certificate = files.sorted().findFirst().orElseThrow();
        }
    }

    InvalidInputException refused() {
        Records target = Db.H2_MEMORY.newTenant();
        InvalidInputException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class,
                () -> target.restoreFrom(backup));
        assertThat(target.holders()).isEmpty();
        assertThat(e.getMessage()).doesNotContain("NullPointerException").doesNotContain("\n");
        return e;
    }

    @Test
    void theUntouchedBackupRestores() {
        Records target = Db.H2_MEMORY.newTenant();
        target.restoreFrom(backup);
        assertThat(target.holders()).hasSize(2);
    }

    @Test
    void aCertificateThatIsALinkToDevZeroIsRefusedWithoutReadingIt() throws IOException {
        Files.delete(certificate);
        Files.createSymbolicLink(certificate, Path.of("/dev/zero"));
        assertThat(refused().getMessage()).isEqualTo("invalid input: certificates/" + certificate.getFileName()
                + ": must be a regular file inside the backup directory (not a link, FIFO, device or directory)");
    }

    @Test
    void aCertificateThatIsALinkToARegularFileOutsideTheBackupIsRefused() throws IOException {
        Path outside = Files.copy(certificate, tmp.resolve("outside.pdf"));
        Files.delete(certificate);
        Files.createSymbolicLink(certificate, outside);
        assertThat(refused().getMessage()).contains("must be a regular file inside the backup directory");
    }

    @Test
    void aCertificatesDirectoryThatIsALinkIsRefused() throws IOException {
        Path moved = Files.move(backup.resolve("certificates"), tmp.resolve("elsewhere"));
        Files.createSymbolicLink(backup.resolve("certificates"), moved);
        assertThat(refused().getMessage()).contains("certificates/").contains("must be a regular file inside the backup");
    }

    @Test
    void aCertificateThatIsAFifoIsRefusedWithoutOpeningIt() throws Exception {
        Files.delete(certificate);
        Process mkfifo = new ProcessBuilder("mkfifo", certificate.toString()).inheritIO().start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is not available");
        assertThat(refused().getMessage()).contains("not a link, FIFO, device or directory");
    }

    @Test
    void anIndexThatIsALinkToDevZeroIsRefused() throws IOException {
        Files.delete(backup.resolve("tenant.json"));
        Files.createSymbolicLink(backup.resolve("tenant.json"), Path.of("/dev/zero"));
        assertThat(refused().getMessage()).startsWith("invalid input: tenant.json: must be a regular file");
    }

    @Test
    void aCertificateLargerThanTheStoreAcceptsIsRefusedWhileReading() throws IOException {
        JdbcStore small = JdbcStore.migrate(Db.H2_MEMORY.fresh()).withMaxCertificateBytes(20);
        assertThatThrownBy(() -> small.restoreTenant(backup)).isInstanceOf(InvalidInputException.class)
                .hasMessageEndingWith(": must be at most 20 bytes");
        assertThat(small.tenants()).isEmpty();
    }

    @Test
    void aTamperedCertificateIsAnInputErrorNamingTheFile() throws IOException {
        Files.write(certificate, Fixtures.pdf("tampered"));
        assertThat(refused().getMessage()).startsWith("invalid input: certificates/" + certificate.getFileName()
                + ": must match tenant.json (its bytes hash to ");
    }

    @Test
    void anIndexThatIsNotUtf8IsAnInputError() throws IOException {
        Path index = backup.resolve("tenant.json");
        String text = Files.readString(index).replace("Sam Lee", "S\u00e1m Lee");
        Files.write(index, text.getBytes(StandardCharsets.ISO_8859_1));
        assertThat(refused().getMessage()).isEqualTo("invalid input: tenant.json: must be UTF-8 text");
    }

    @Test
    void anIndexHoldingNullOrAnEvaluationWithoutBodyIsRefusedNamingTheField() throws IOException {
        Path index = backup.resolve("tenant.json");
        String text = Files.readString(index);
        Files.writeString(index, "null");
        assertThat(refused().getMessage()).isEqualTo("invalid input: tenant.json: must be an object holding a backup (was \"null\")");
        int start = text.indexOf("\"evaluation\" : {");
        String withoutBody = text.substring(0, start) + "\"evaluation\" : null"
                + text.substring(matchingBrace(text, text.indexOf('{', start)) + 1);
        Files.writeString(index, withoutBody);
        assertThat(refused().getMessage()).isEqualTo("invalid input: evaluations[0].evaluation: must not be null");
    }

    @Test
    void aHolderNameWithAnEscapeSequenceIsRefused() throws IOException {
        Path index = backup.resolve("tenant.json");
        Files.writeString(index, Files.readString(index).replace("Sam Lee", "Sam\\u001b[2J Lee"));
        assertThat(refused().getMessage()).contains("name: must not contain control characters").doesNotContain("\u001b");
    }

    private static int matchingBrace(String text, int open) {
        int depth = 0;
        boolean string = false;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (string) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    string = false;
                }
            } else if (c == '"') {
                string = true;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("no matching brace");
    }
}
