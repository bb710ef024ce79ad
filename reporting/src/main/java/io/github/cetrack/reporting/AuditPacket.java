package io.github.cetrack.reporting;

import io.github.cetrack.core.InvalidInputException;
import io.github.cetrack.reporting.internal.Packets;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The audit packet: one ZIP holding the audit report PDF ({@code audit-report.pdf}), every
 * certificate of the cycle's activities under a safe generated name
 * ({@code certificates/001-a1fa26e89f6b.pdf}; the user's file name is never a path) and
 * {@code manifest.json} listing each file with its SHA-256 and size. Entries carry a fixed time, so
 * equal inputs give identical bytes; {@link #verify(Path)} re-checks a packet.
 *
 * <pre>{@code
 * try (OutputStream out = Files.newOutputStream(Path.of("packet.zip"))) {
 *     AuditPacket.write(data, CertificateSource.directory(Path.of("certs")), reports, out);
 * }
 * AuditPacket.verify(Path.of("packet.zip")).isIntact();   // true
 * }</pre>
 */
public final class AuditPacket {

    /** The manifest's path inside the packet. */
    public static final String MANIFEST = "manifest.json";
    /** The audit report's path inside the packet. */
    public static final String REPORT = "audit-report.pdf";

    private AuditPacket() {}

    /**
     * Writes the packet of {@code data} to {@code out} (which stays open) and returns its manifest.
     * Each certificate's bytes are checked against its SHA-256 and size.
     *
     * @throws InvalidInputException when a certificate's bytes do not match its SHA-256 or size,
     *     naming the activity
     * @throws java.nio.file.NoSuchFileException when {@code certificates} does not hold a certificate
     * @throws IOException when a certificate cannot be read or the packet cannot be written
     */
    public static PacketManifest write(ReportData data, CertificateSource certificates, Reports reports,
            OutputStream out) throws IOException {
        return Packets.write(data, certificates, reports, out);
    }

    /**
     * Re-checks the packet in {@code zip} against its manifest.
     *
     * @throws IOException when the file cannot be read or is not a ZIP
     */
    public static PacketVerification verify(Path zip) throws IOException {
        try (InputStream in = Files.newInputStream(zip)) {
            return verify(in);
        }
    }

    /**
     * Re-checks the packet read from {@code zip} (which stays open) against its manifest.
     *
     * @throws IOException when it cannot be read or is not a ZIP
     */
    public static PacketVerification verify(InputStream zip) throws IOException {
        return Packets.verify(zip);
    }
}
