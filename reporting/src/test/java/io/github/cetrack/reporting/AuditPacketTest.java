package io.github.cetrack.reporting;

import static io.github.cetrack.reporting.Fixture.REPORTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import io.github.cetrack.core.InvalidInputException;
import io.github.cetrack.core.json.CetrackJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditPacketTest {

    @TempDir
    Path dir;

    @BeforeEach
    void certificates() throws IOException {
        Files.write(dir.resolve("camft-law-ethics-2025.pdf"), Fixture.file("ce-01"));
        Files.write(dir.resolve(Fixture.sha256(Fixture.file("ce-02")) + ".pdf"), Fixture.file("ce-02"));
        Files.write(dir.resolve("supervision.pdf"), Fixture.file("ce-05"));
    }

    byte[] packet() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AuditPacket.write(Fixture.data(), CertificateSource.directory(dir), REPORTS, out);
        return out.toByteArray();
    }

    static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    static byte[] zip(Map<String, byte[]> files) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(f.getKey()));
                zip.write(f.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void thePacketHoldsTheAuditReportEveryCertificateUnderAGeneratedNameAndAManifestOfHashes() throws IOException {
        Map<String, byte[]> files = unzip(packet());
        String c1 = Fixture.sha256(Fixture.file("ce-01"));
        String c2 = Fixture.sha256(Fixture.file("ce-02"));
        String c5 = Fixture.sha256(Fixture.file("ce-05"));
        assertThat(files.keySet()).containsExactly("audit-report.pdf", "certificates/001-" + c1.substring(0, 12)
                + ".pdf", "certificates/002-" + c2.substring(0, 12) + ".pdf", "certificates/003-"
                + c5.substring(0, 12) + ".pdf", "manifest.json");
        assertThat(files.keySet()).noneMatch(n -> n.contains("..") || n.contains("passwd"));
        assertThat(files.get("certificates/002-" + c2.substring(0, 12) + ".pdf")).isEqualTo(Fixture.file("ce-02"));
        try (PDDocument doc = Loader.loadPDF(files.get("audit-report.pdf"))) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Continuing education audit report", "MISSING");
        }
        Map<String, Object> manifest = CetrackJson.read(new String(files.get("manifest.json"), StandardCharsets.UTF_8),
                new TypeReference<Map<String, Object>>() {});
        List<?> listed = (List<?>) manifest.get("files");
        assertThat(listed).hasSize(4);
        for (Object item : listed) {
            Map<?, ?> f = (Map<?, ?>) item;
            byte[] bytes = files.get((String) f.get("path"));
            assertThat(f.get("sha256")).as("%s", f.get("path")).isEqualTo(Fixture.sha256(bytes));
            assertThat(((Number) f.get("size")).longValue()).isEqualTo(bytes.length);
        }
        assertThat(listed.get(1).toString()).contains("activities=[ce-01]");
    }

    @Test
    void anUntouchedPacketVerifiesAndTheSameInputGivesTheSameBytes() throws IOException {
        byte[] packet = packet();
        assertThat(packet).isEqualTo(packet());
        Path file = dir.resolve("packet.zip");
        Files.write(file, packet);
        PacketVerification v = AuditPacket.verify(file);
        assertThat(v.isIntact()).as(v.describe()).isTrue();
        assertThat(v.verified()).hasSize(4);
        assertThat(v.describe()).isEqualTo("intact: 4 files verified");
    }

    @Test
    void verifyNamesAChangedAMissingAndAnAddedFile() throws IOException {
        Map<String, byte[]> files = unzip(packet());
        String changed = files.keySet().stream().filter(n -> n.startsWith("certificates/002")).findFirst().orElseThrow();
        String removed = files.keySet().stream().filter(n -> n.startsWith("certificates/003")).findFirst().orElseThrow();
        files.put(changed, "forged".getBytes(StandardCharsets.UTF_8));
        files.remove(removed);
        files.put("certificates/004-extra.pdf", new byte[] {1, 2, 3});
        PacketVerification v = AuditPacket.verify(new ByteArrayInputStream(zip(files)));
        assertThat(v.isIntact()).isFalse();
        assertThat(v.changed()).containsExactly(changed);
        assertThat(v.missing()).containsExactly(removed);
        assertThat(v.unexpected()).containsExactly("certificates/004-extra.pdf");
        assertThat(v.describe()).contains("changed: " + changed, "missing: " + removed,
                "unexpected: certificates/004-extra.pdf");
    }

    @Test
    void aChangedReportOrAMissingManifestIsNamed() throws IOException {
        Map<String, byte[]> files = unzip(packet());
        files.put("audit-report.pdf", "not the report".getBytes(StandardCharsets.UTF_8));
        assertThat(AuditPacket.verify(new ByteArrayInputStream(zip(files))).changed())
                .containsExactly("audit-report.pdf");
        files.remove("manifest.json");
        assertThat(AuditPacket.verify(new ByteArrayInputStream(zip(files))).missing()).containsExactly("manifest.json");
    }

    @Test
    void aCertificateWhoseBytesDoNotMatchItsHashIsRefusedNamingTheActivity() throws IOException {
        Files.write(dir.resolve("supervision.pdf"), "tampered".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(this::packet).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("activities[ce-05].certificate.sha256: does not match");
    }

    @Test
    void aCertificateTheSourceDoesNotHoldIsAStorageError() throws IOException {
        Files.delete(dir.resolve("supervision.pdf"));
        assertThatThrownBy(this::packet).isInstanceOf(NoSuchFileException.class)
                .hasMessageContaining("supervision.pdf");
    }

    @Test
    void aSourceCanBeAnyFunctionFromCertificateToBytes() throws IOException {
        Map<String, byte[]> store = new LinkedHashMap<>();
        for (String id : List.of("ce-01", "ce-02", "ce-05")) {
            store.put(Fixture.sha256(Fixture.file(id)), Fixture.file(id));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PacketManifest manifest = AuditPacket.write(Fixture.data(),
                c -> new ByteArrayInputStream(store.get(c.sha256())), REPORTS, out);
        assertThat(manifest.files()).extracting(PacketManifest.Entry::path).first().isEqualTo("audit-report.pdf");
        assertThat(out.toByteArray()).isEqualTo(packet());
    }
}
