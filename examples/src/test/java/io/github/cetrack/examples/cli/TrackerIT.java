package io.github.cetrack.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cetrack.examples.cli.Jar.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The tracker end to end: the real jar, as a process, on H2 and on PostgreSQL. */
class TrackerIT {

    @TempDir
    Path tmp;

    private static final Path CERTIFICATE = Path.of("sample", "certificates", "nasw-law-ethics-2025.pdf");

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aClinicianTracksHoursAndABackupRestoresTheSameStatus(String kind) throws IOException {
        String db = Jar.newDatabase(kind, tmp);
        assertThat(Jar.run(tmp, "status", "--db", db).exit()).isEqualTo(3);

        Run init = Jar.run(tmp, "init", "--name", "Sam Lee", "--db", db);
        assertThat(init.exit()).isZero();
        assertThat(init.out()).contains("Created CE records", "Holder: Sam Lee");

        Run add = Jar.run(tmp, "license", "add", "--state", "US-CA", "--type", "LCSW", "--number", "98765",
                "--issued", "2012-03-10", "--expires", "2026-03-31", "--db", db);
        assertThat(add.exit()).as(add.err()).isZero();
        assertThat(add.out()).contains("Added licence us-ca-lcsw", "Current cycle: 2024-04-01 to 2026-03-31");
        assertThat(Jar.run(tmp, "license", "add", "--state", "US-TX", "--type", "LPC", "--expires", "2026-05-31",
                "--db", db).exit()).isZero();

        Run log = Jar.run(tmp, "log", "--title", "Law and ethics update", "--provider", "NASW-CA", "--date", "2025-03-14",
                "--hours", "6", "--topic", "ethics,laws_and_rules", "--format", "live-online", "--approval", "nasw_ca",
                "--certificate", CERTIFICATE.toAbsolutePath().toString(), "--db", db);
        assertThat(log.exit()).as(log.err()).isZero();
        assertThat(log.out()).contains("Logged ", "with certificate",
                "US-CA LCSW (cycle ending 2026-03-31): 6 hours counted (6 hours toward law and ethics)",
                "US-TX LPC (cycle ending 2026-05-31): 6 hours counted (6 hours toward ethics)");
        Run noCertificate = Jar.run(tmp, "log", "--title", "Trauma-informed care", "--provider", "PESI", "--date",
                "2025-05-01", "--hours", "12", "--format", "self_study", "--approval", "apa", "--db", db);
        assertThat(noCertificate.exit()).isZero();

        Run status = Jar.run(tmp, "status", "--db", db);
        assertThat(status.exit()).as("hours still needed").isEqualTo(1);
        assertThat(status.out()).contains("US-CA LCSW 98765", "150 days left", "law and ethics", "met",
                "18 more hours of CE needed by 2026-03-31", "Activities without a certificate", "Trauma-informed care");

        Run json = Jar.run(tmp, "status", "--json", "--db", db);
        assertThat(json.out()).contains("\"license_id\" : \"us-ca-lcsw\"", "\"days_left\" : 150", "\"status\" : \"incomplete\"");

        Run report = Jar.run(tmp, "report", "--license", "us-ca-lcsw", "--out", "renewal.pdf", "--db", db);
        assertThat(report.exit()).as(report.err()).isZero();
        assertThat(Files.readString(tmp.resolve("renewal.pdf"), java.nio.charset.StandardCharsets.ISO_8859_1)).startsWith("%PDF-");
        Run reportJson = Jar.run(tmp, "report", "--license", "us-ca-lcsw", "--format", "json", "--db", db);
        assertThat(reportJson.out()).contains("Law and ethics update", "Trauma-informed care", "16 CCR");
        assertThat(Jar.run(tmp, "report", "--db", db).err()).contains("--license: is required when you hold several licences");
        Run packet = Jar.run(tmp, "audit-packet", "--license", "us-ca-lcsw", "--out", "packet.zip", "--db", db);
        assertThat(packet.exit()).as(packet.err()).isZero();
        assertThat(packet.out()).contains("audit-report.pdf", "certificates/001-");
        assertThat(Jar.run(tmp, "audit-packet", "verify", "packet.zip").out()).contains("intact");
        Run calendar = Jar.run(tmp, "calendar", "--db", db);
        assertThat(calendar.out()).contains("BEGIN:VCALENDAR", "DTSTART;VALUE=DATE:20260331", "DTSTART;VALUE=DATE:20260531");

        Path backup = tmp.resolve("backup");
        Run export = Jar.run(tmp, "export", backup.toString(), "--db", db);
        assertThat(export.exit()).as(export.err()).isZero();
        assertThat(Files.list(backup.resolve("certificates")).count()).isEqualTo(1);

        String restoredDb = Jar.newDatabase(kind, tmp);
        Run restore = Jar.run(tmp, "restore", backup.toString(), "--db", restoredDb);
        assertThat(restore.exit()).as(restore.err()).isZero();
        assertThat(restore.out()).contains("Restored 2 licences and 2 activities");
        Run restoredStatus = Jar.run(tmp, "status", "--db", restoredDb);
        assertThat(restoredStatus.out()).isEqualTo(status.out());
        assertThat(restoredStatus.exit()).isEqualTo(1);
        assertThat(Jar.run(tmp, "list", "--db", restoredDb).out()).isEqualTo(Jar.run(tmp, "list", "--db", db).out());
    }

    @Test
    void badInputIsOneReadableLineAndChangesNothing() throws IOException {
        String db = Jar.newDatabaseAfterInit(tmp);
        Run negative = Jar.run(tmp, "log", "--title", "X", "--provider", "P", "--date", "2025-01-01", "--hours", "-3",
                "--format", "in_person", "--db", db);
        assertThat(negative.exit()).isEqualTo(2);
        assertThat(negative.err().strip()).isEqualTo("cetrack: invalid input: activity.hours: must not be negative (was \"-3\")");
        Run missing = Jar.run(tmp, "log", "--title", "X", "--db", db);
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("--provider: is required");
        Run unknown = Jar.run(tmp, "license", "add", "--state", "US-ZZ", "--type", "LCSW", "--expires", "2026-01-01", "--db", db);
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err().lines().count()).isEqualTo(1);
        assertThat(Jar.run(tmp, "list", "--json", "--db", db).out().strip()).isEqualTo("[ ]");
        Files.writeString(tmp.resolve("bad.csv"), "title,provider,completed_on,hours,format\nA,P,2025-01-01,1,in_person\nB,P,2025-13-01,1,in_person\n");
        Run bad = Jar.run(tmp, "import", tmp.resolve("bad.csv").toString(), "--db", db);
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("line 3: completed_on");
        assertThat(Jar.run(tmp, "list", "--json", "--db", db).out().strip()).isEqualTo("[ ]");
    }

    @Test
    void deleteAsksFirstAndYesSkipsTheQuestion() throws IOException {
        String db = Jar.newDatabaseAfterInit(tmp);
        Run log = Jar.run(tmp, "log", "--title", "Keep me", "--provider", "P", "--date", "2025-01-01", "--hours", "1",
                "--format", "in_person", "--db", db);
        String id = log.out().substring("Logged ".length(), "Logged ".length() + 8);
        Run asked = Jar.run(tmp, "delete", id, "--db", db);
        assertThat(asked.out()).contains("Delete " + id + " \"Keep me\"", "? [y/N]", "Nothing deleted.");
        assertThat(Jar.run(tmp, "list", "--db", db).out()).contains("Keep me");
        Run yes = Jar.run(tmp, "delete", id, "--yes", "--db", db);
        assertThat(yes.exit()).isZero();
        assertThat(yes.out()).contains("Deleted " + id);
        assertThat(Jar.run(tmp, "list", "--db", db).out()).contains("No activities yet");
    }

    @Test
    void aProgressBarIsDrawnOnATerminalButNeverIntoAPipe() throws IOException {
        String db = Jar.newDatabaseAfterInit(tmp);
        StringBuilder csv = new StringBuilder("title,provider,completed_on,hours,format,topics\n");
        for (int i = 0; i < 2000; i++) {
            csv.append("A course on a long topic number ").append(i).append(",Provider,2025-01-01,1,self_study,ethics\n");
        }
        Path file = tmp.resolve("big.csv");
        Files.writeString(file, csv);
        assertThat(Files.size(file)).isGreaterThan(64 * 1024);

        Run piped = Jar.run(tmp, "import", file.toString(), "--db", db);
        assertThat(piped.exit()).isZero();
        assertThat(piped.out()).isEqualTo("Imported 2000 activities (2000 hours) from " + file + ".\n");

        Run terminal = Jar.runOnTerminal(tmp, "import", file.toString(), "--db", Jar.newDatabaseAfterInit(tmp));
        assertThat(terminal.out()).contains("\r", " characters read from big.csv of ", "/s", "Imported 2000 activities");
    }

    @Test
    void aCommandWaitsBrieflyForAnH2FileAnotherProcessHasOpenAndThenSaysSo() throws Exception {
        String db = Jar.newDatabaseAfterInit(tmp);
        try (java.sql.Connection held = java.sql.DriverManager.getConnection(db)) {
            long start = System.nanoTime();
            Run busy = Jar.run(tmp, "list", "--db", db);
            long waited = (System.nanoTime() - start) / 1_000_000;
            assertThat(busy.exit()).isEqualTo(3);
            assertThat(busy.err()).startsWith("cetrack: ").contains("another cetrack process is using it (waited 10 s)")
                    .hasLineCount(1);
            assertThat(waited).as("milliseconds before giving up").isGreaterThanOrEqualTo(10_000);
            assertThat(held.isValid(1)).isTrue();
        }
        java.util.concurrent.CompletableFuture<Run> list;
        try (java.sql.Connection held = java.sql.DriverManager.getConnection(db)) {
            list = java.util.concurrent.CompletableFuture.supplyAsync(() -> Jar.run(tmp, "list", "--db", db));
            Thread.sleep(3_000);
            assertThat(list).as("still waiting while the file is held").isNotDone();
        }
        Run after = list.get(60, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(after.exit()).as(after.err()).isZero();
    }
}
