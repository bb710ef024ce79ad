package io.github.cetrack.reporting;

import io.github.cetrack.core.InvalidInputException;
import io.github.cetrack.reporting.internal.PacketCheck;
import io.github.cetrack.reporting.internal.Packets;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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
     * Re-checks the packet in {@code zip} against its manifest. The packet is read as a hostile
     * file: its central directory first, then each entry streamed and hashed, never held whole in
     * memory. A file that is not a ZIP, is damaged, has more than 10,000 entries, an entry larger
     * than 256 MiB or compressed more than 100 to 1, more than 1 GiB in all, or an entry with an
     * absolute path, {@code ..}, a symbolic link or a name used twice, is {@linkplain
     * PacketVerification#invalid() invalid} (never intact, never an exception).
     *
     * @throws IOException only when the file itself cannot be read
     */
    public static PacketVerification verify(Path zip) throws IOException {
        return PacketCheck.verify(zip);
    }

    /**
     * Re-checks the packet read from {@code zip} (which stays open) against its manifest, as {@link
     * #verify(Path)} does; the stream is first copied to a temporary file (at most 1 GiB), since a
     * ZIP's directory is at its end.
     *
     * @throws IOException when it cannot be read or the temporary file cannot be written
     */
    public static PacketVerification verify(InputStream zip) throws IOException {
        return PacketCheck.verify(zip);
    }
}
