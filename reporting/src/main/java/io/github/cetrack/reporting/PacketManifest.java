package io.github.cetrack.reporting;

import java.util.List;

/**
 * What an audit packet holds: each file's path inside the ZIP, SHA-256 and size, as listed in its
 * {@code manifest.json} (which does not list itself).
 *
 * <pre>{@code
 * PacketManifest manifest = AuditPacket.write(data, certificates, reports, out);
 * manifest.files().get(0).path();   // "audit-report.pdf"
 * }</pre>
 *
 * @param files the files, in ZIP order
 */
public record PacketManifest(List<Entry> files) {

    /** Copies the list. */
    public PacketManifest {
        files = List.copyOf(files);
    }

    /**
     * One file of the packet.
     *
     * @param path its path inside the ZIP, like {@code "certificates/001-a1fa26e89f6b.pdf"}
     * @param sha256 lower-case hex SHA-256 of its bytes
     * @param size its size in bytes
     */
    public record Entry(String path, String sha256, long size) {}
}
