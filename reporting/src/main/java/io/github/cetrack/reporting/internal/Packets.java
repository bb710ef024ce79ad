package io.github.cetrack.reporting.internal;

import io.github.cetrack.core.Certificate;
import io.github.cetrack.core.InvalidInputException;
import io.github.cetrack.core.json.CetrackJson;
import io.github.cetrack.reporting.AuditPacket;
import io.github.cetrack.reporting.CertificateSource;
import io.github.cetrack.reporting.PacketManifest;
import io.github.cetrack.reporting.ReportData;
import io.github.cetrack.reporting.ReportFormat;
import io.github.cetrack.reporting.ReportKind;
import io.github.cetrack.reporting.Reports;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Writing and verifying audit packets. Not API. */
public final class Packets {

    private static final Map<String, String> EXTENSIONS = Map.ofEntries(Map.entry("application/pdf", "pdf"),
            Map.entry("image/png", "png"), Map.entry("image/jpeg", "jpg"), Map.entry("image/gif", "gif"),
            Map.entry("image/webp", "webp"), Map.entry("image/tiff", "tif"), Map.entry("image/heic", "heic"),
            Map.entry("text/plain", "txt"));

    private Packets() {}

    /** See {@link AuditPacket#write}. */
    public static PacketManifest write(ReportData data, CertificateSource source, Reports reports, OutputStream out)
            throws IOException {
        Model model = Model.of(ReportKind.AUDIT, data, reports.options());
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(AuditPacket.REPORT, reports.render(data, ReportKind.AUDIT, ReportFormat.PDF));
        Map<String, String> pathOf = new LinkedHashMap<>();
        Map<String, List<String>> activitiesOf = new TreeMap<>();
        for (Model.Row row : model.inCycle()) {
            Certificate c = row.certificate();
            if (c == null) {
                continue;
            }
            String path = pathOf.get(c.sha256());
            if (path == null) {
                path = String.format(Locale.ROOT, "certificates/%03d-%s.%s", pathOf.size() + 1,
                        c.sha256().substring(0, 12), extension(c.mediaType()));
                files.put(path, read(source, c, row.result().id()));
                pathOf.put(c.sha256(), path);
            }
            activitiesOf.computeIfAbsent(path, k -> new ArrayList<>()).add(row.result().id());
        }
        List<PacketManifest.Entry> entries = new ArrayList<>();
        List<Map<String, Object>> listed = new ArrayList<>();
        files.forEach((path, bytes) -> {
            PacketManifest.Entry e = new PacketManifest.Entry(path, sha256(bytes), bytes.length);
            entries.add(e);
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("path", e.path());
            f.put("sha256", e.sha256());
            f.put("size", e.size());
            f.put("activities", activitiesOf.get(path));
            listed.add(f);
        });
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("packet", "cetrack audit packet");
        manifest.put("manifest_version", 1);
        manifest.put("generated_on", model.generatedOn());
        manifest.put("holder", model.license().holder());
        manifest.put("license", model.license().typeKey() + (model.license().number() == null ? ""
                : " " + model.license().number()));
        manifest.put("cycle", Map.of("start", model.evaluation().cycle().start(),
                "end", model.evaluation().cycle().end()));
        manifest.put("files", listed);
        manifest.put("note", "Each file's SHA-256 is listed; certificate names are generated, the original file "
                + "names are in audit-report.pdf.");
        files.put(AuditPacket.MANIFEST, (CetrackJson.write(manifest) + "\n").getBytes(StandardCharsets.UTF_8));

        LocalDateTime time = model.generatedOn().atStartOfDay();
        ZipOutputStream zip = new ZipOutputStream(new NonClosing(out), StandardCharsets.UTF_8);
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            ZipEntry entry = new ZipEntry(f.getKey());
            entry.setTimeLocal(time.isBefore(LocalDate.of(1980, 1, 1).atStartOfDay())
                    ? LocalDate.of(1980, 1, 1).atStartOfDay() : time);
            zip.putNextEntry(entry);
            zip.write(f.getValue());
            zip.closeEntry();
        }
        zip.finish();
        zip.close();
        return new PacketManifest(entries);
    }

    private static byte[] read(CertificateSource source, Certificate c, String activity) throws IOException {
        byte[] bytes;
        try (InputStream in = source.open(c)) {
            if (in == null) {
                throw new java.nio.file.NoSuchFileException(c.sha256(), null, "the certificate source returned nothing");
            }
            bytes = in.readAllBytes();
        }
        String actual = sha256(bytes);
        if (!actual.equals(c.sha256())) {
            throw InvalidInputException.of("activities[" + activity + "].certificate.sha256",
                    "does not match the certificate file's bytes (their SHA-256 is " + actual + ")", c.sha256());
        }
        if (c.size() != bytes.length) {
            throw InvalidInputException.of("activities[" + activity + "].certificate.size",
                    "does not match the certificate file (" + bytes.length + " bytes)", c.size());
        }
        return bytes;
    }

    /** Returns the file extension for a media type, {@code "bin"} when unknown. */
    public static String extension(String mediaType) {
        String base = mediaType == null ? "" : mediaType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        return EXTENSIONS.getOrDefault(base, "bin");
    }

    /** Returns the lower-case hex SHA-256 of {@code bytes}. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
