package io.github.cetrack.examples.cli;

import static io.github.cetrack.examples.cli.CetrackTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cetrack.examples.cli.CetrackTest.Result;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandsTest {

    static final String SAMPLE = "sample/ca-lcsw.json";
    static final String WITH_CERTIFICATES = "sample/ca-lcsw-certificates.json";
    static final String CERTIFICATES = "sample/certificates";

    @TempDir
    Path dir;

    /** Checks that {@code pdf} is a whole PDF file; its content is tested in cetrack-reporting. */
    static void assertPdf(Path pdf) throws IOException {
        byte[] bytes = Files.readAllBytes(pdf);
        assertThat(new String(bytes, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(new String(bytes, bytes.length - 7, 7, StandardCharsets.US_ASCII)).contains("%%EOF");
        assertThat(bytes.length).isGreaterThan(10_000);
    }

    private static void assertOneLineError(Result r, int code, String expected) {
        assertThat(r.code()).as(r.err()).isEqualTo(code);
        assertThat(r.err()).startsWith("cetrack: ").contains(expected).doesNotContain("Exception", "\tat ");
        assertThat(r.err().strip().lines()).hasSize(1);
    }

    @Test
    void reportWritesTheRenewalPdfWithTheNumbersAndCitations() throws IOException {
        Path pdf = dir.resolve("out/renewal.pdf");
        Result r = run("report", SAMPLE, "--out", pdf.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Wrote the renewal report (PDF", pdf.toString());
        assertPdf(pdf);
        Result json = run("report", SAMPLE, "--format", "json");
        assertThat(json.out()).contains("\"board\" : \"Board of Behavioral Sciences\"", "\"required\" : 36",
                "\"counted\" : 33", "\"citation\" : \"16 CCR § 1887.3(a)\"", "Law and Ethics Update 2025");
    }

    @Test
    void reportPrintsHtmlCsvAndJsonToStandardOutput() {
        Result html = run("report", SAMPLE, "--format", "html", "--locale", "en-US");
        assertThat(html.code()).isZero();
        assertThat(html.out()).startsWith("<!DOCTYPE html>").contains("Sam Lee", "Apr 1, 2024 to Mar 31, 2026");
        Result csv = run("report", SAMPLE, "--format", "csv", "--kind", "audit");
        assertThat(csv.code()).isZero();
        assertThat(csv.out().split("\r\n")).hasSize(4);
        assertThat(csv.out()).startsWith("id,completed_on,title");
        assertThat(csv.out()).contains("a4,2025-09-01,Telehealth Law and Ethics").contains(",missing,");
        Result json = run("report", SAMPLE, "--format", "json");
        assertThat(json.out()).contains("\"report\" : \"renewal\"", "\"holder\" : \"Sam Lee\"");
    }

    @Test
    void reportChecksCertificatesAgainstTheirHashes() throws IOException {
        Result ok = run("report", WITH_CERTIFICATES, "--format", "html", "--kind", "audit",
                "--certificates", CERTIFICATES);
        assertThat(ok.code()).as(ok.err()).isZero();
        assertThat(ok.out()).contains("nasw-law-ethics-2025.pdf", "1 without a certificate on file");

        Path copy = Files.createDirectories(dir.resolve("certs"));
        try (var files = Files.list(Path.of(CERTIFICATES))) {
            for (Path f : files.toList()) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        Files.writeString(copy.resolve("nasw-law-ethics-2025.pdf"), "forged");
        assertOneLineError(run("report", WITH_CERTIFICATES, "--certificates", copy.toString(), "--format", "json"),
                Cetrack.BAD_INPUT, "activities[0].certificate.sha256: does not match the file");
        Files.delete(copy.resolve("nasw-law-ethics-2025.pdf"));
        assertOneLineError(run("report", WITH_CERTIFICATES, "--certificates", copy.toString(), "--format", "json"),
                Cetrack.STORAGE_ERROR, "holds no certificate file named");
    }

    @Test
    void reportRefusesAnUnknownFormatKindOrLocale() {
        assertOneLineError(run("report", SAMPLE, "--format", "docx"), Cetrack.BAD_INPUT,
                "--format: must be one of [pdf, html, csv, json]");
        assertOneLineError(run("report", SAMPLE, "--kind", "summary"), Cetrack.BAD_INPUT, "--kind: must be one of");
        assertOneLineError(run("report", SAMPLE, "--format", "html", "--locale", "!!"), Cetrack.BAD_INPUT,
                "--locale: must be a language tag");
    }

    @Test
    void auditPacketWritesAZipThatVerifiesAndVerifyNamesATamperedFile() throws IOException {
        Path packet = dir.resolve("packet.zip");
        Result r = run("audit-packet", WITH_CERTIFICATES, "--certificates", CERTIFICATES, "--out", packet.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Wrote " + packet, "audit-report.pdf", "certificates/001-", "certificates/002-");
        Result verify = run("audit-packet", "verify", packet.toString());
        assertThat(verify.code()).isZero();
        assertThat(verify.out()).contains("intact: 3 files verified");

        ByteArrayOutputStream tampered = new ByteArrayOutputStream();
        String victim = null;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(packet));
                ZipOutputStream out = new ZipOutputStream(tampered)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (victim == null && e.getName().startsWith("certificates/")) {
                    victim = e.getName();
                    bytes = "changed".getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
        Files.write(packet, tampered.toByteArray());
        Result bad = run("audit-packet", "verify", packet.toString());
        assertThat(bad.code()).isEqualTo(Cetrack.NOT_COMPLIANT);
        assertThat(bad.out()).contains("changed: " + victim);
        assertThat(new ZipInputStream(new ByteArrayInputStream(tampered.toByteArray())).getNextEntry()).isNotNull();
    }

    @Test
    void auditPacketNeedsItsOptionsAndReportsAMissingCertificateAsAStorageError() throws IOException {
        assertOneLineError(run("audit-packet", WITH_CERTIFICATES, "--certificates", CERTIFICATES), Cetrack.BAD_INPUT,
                "--out: is required");
        assertOneLineError(run("audit-packet", WITH_CERTIFICATES, "--out", dir.resolve("p.zip").toString()),
                Cetrack.BAD_INPUT, "--certificates: is required");
        assertOneLineError(run("audit-packet", WITH_CERTIFICATES, "--certificates", dir.toString(), "--out",
                dir.resolve("p.zip").toString()), Cetrack.STORAGE_ERROR, "certificate not found");
        assertOneLineError(run("audit-packet", "verify", dir.resolve("none.zip").toString()), Cetrack.BAD_INPUT,
                "does not exist");
    }

    @Test
    void calendarWritesOneDeadlinePerFileWithReminders() throws IOException {
        Result r = run("calendar", SAMPLE, "../examples/" + WITH_CERTIFICATES, "--remind", "60,14");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("BEGIN:VCALENDAR\r\n").contains("DTSTART;VALUE=DATE:20260331",
                "TRIGGER:-P60D", "TRIGGER:-P14D").doesNotContain("TRIGGER:-P90D");
        assertThat(r.out().split("BEGIN:VEVENT", -1)).hasSize(3);
        Path ics = dir.resolve("deadlines.ics");
        Result written = run("calendar", SAMPLE, "--out", ics.toString());
        assertThat(written.out()).contains("Wrote 1 renewal deadline to");
        assertThat(Files.readString(ics)).contains("SUMMARY:Licence renewal due: US-CA LCSW LCSW 12345");
    }

    @Test
    void demoAlsoWritesTheRenewalReportPdfs() throws IOException {
        Result r = run("demo", "--out", dir.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("US-CA LCSW", "US-NY LCSW", "Renewal reports (PDF) and the California audit packet:",
                "Logged 8 activities (41 hours), 7 with a certificate file");
        Path ca = dir.resolve("renewal-report-us-ca-lcsw.pdf");
        assertThat(r.out()).contains(ca.toString());
        assertPdf(ca);
        assertThat(dir.resolve("renewal-report-us-ny-lcsw.pdf")).isRegularFile();
        Path packet = dir.resolve("audit-packet-us-ca-lcsw.zip");
        assertThat(r.out()).contains(packet.toString());
        io.github.cetrack.reporting.PacketVerification v = io.github.cetrack.reporting.AuditPacket.verify(packet);
        assertThat(v.isIntact()).as(v.describe()).isTrue();
        assertThat(v.verified()).hasSize(8);
    }

    @Test
    void theNewCommandsHaveHelpWithAnExample() {
        for (String[] command : new String[][] {{"report"}, {"audit-packet"}, {"audit-packet", "verify"},
                {"calendar"}}) {
            String[] args = java.util.Arrays.copyOf(command, command.length + 1);
            args[command.length] = "--help";
            Result r = run(args);
            assertThat(r.code()).isZero();
            assertThat(r.out()).contains("Usage:").containsPattern("Examples?:\\s+cetrack ");
        }
    }
}
