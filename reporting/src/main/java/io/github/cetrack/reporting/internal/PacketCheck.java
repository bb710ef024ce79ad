package io.github.cetrack.reporting.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import io.github.cetrack.core.InvalidInputException;
import io.github.cetrack.core.json.CetrackJson;
import io.github.cetrack.reporting.AuditPacket;
import io.github.cetrack.reporting.PacketVerification;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Verifies an audit packet as a hostile file: the central directory is checked first (entry count,
 * names, links, declared sizes), then every entry is streamed and hashed without being held in
 * memory, within {@link PacketLimits} counted on the bytes actually inflated. Any problem makes
 * the packet invalid; only a failure to read the file itself is an {@link IOException}. Not API.
 */
public final class PacketCheck {

    private record Held(String sha256, long size) {}

    private PacketCheck() {}

    /** See {@link AuditPacket#verify(Path)}. */
    public static PacketVerification verify(Path zip) throws IOException {
        try (SeekableByteChannel channel = Files.newByteChannel(zip)) {
            ZipDirectory.Result directory;
            try {
                directory = ZipDirectory.read(channel);
            } catch (EOFException e) {
                return invalid("the archive ends early");
            }
            if (directory.problem() != null) {
                return invalid(directory.problem());
            }
            channel.position(0);
            return stream(Channels.newInputStream(channel), directory.entries());
        }
    }

    /** See {@link AuditPacket#verify(InputStream)}: the central directory is at the end, so the stream is spooled to a temporary file. */
    public static PacketVerification verify(InputStream in) throws IOException {
        Path temp = Files.createTempFile("cetrack-packet-", ".zip");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                byte[] buffer = new byte[8192];
                long copied = 0;
                for (int n; (n = in.read(buffer)) > 0; ) {
                    copied += n;
                    if (copied > PacketLimits.MAX_TOTAL_BYTES) {
                        return invalid(PacketLimits.tooLarge());
                    }
                    out.write(buffer, 0, n);
                }
            }
            return verify(temp);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static PacketVerification stream(InputStream in, List<ZipDirectory.Entry> expected) throws IOException {
        Counting raw = new Counting(in);
        ZipInputStream zip = new ZipInputStream(raw, StandardCharsets.UTF_8);
        Map<String, Held> held = new LinkedHashMap<>();
        byte[] manifest = null;
        long total = 0;
        int index = 0;
        byte[] buffer = new byte[8192];
        try {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry(), index++) {
                String name = e.getName();
                if (index >= expected.size() || !expected.get(index).name().equals(name)) {
                    return invalid("the archive's entries differ from its central directory (a hidden entry)");
                }
                boolean isManifest = name.equals(AuditPacket.MANIFEST);
                ByteArrayOutputStream kept = isManifest ? new ByteArrayOutputStream() : null;
                MessageDigest sha = sha256();
                long start = raw.count;
                long size = 0;
                for (int n; (n = zip.read(buffer)) > 0; ) {
                    size += n;
                    total += n;
                    String problem = PacketLimits.sizeProblem(size, raw.count - start);
                    if (problem == null && isManifest && size > PacketLimits.MAX_MANIFEST_BYTES) {
                        problem = "is larger than " + PacketLimits.MAX_MANIFEST_BYTES + " bytes";
                    }
                    if (problem != null) {
                        return invalid(PacketLimits.shown(name) + " " + problem);
                    }
                    if (total > PacketLimits.MAX_TOTAL_BYTES) {
                        return invalid(PacketLimits.tooLarge());
                    }
                    sha.update(buffer, 0, n);
                    if (kept != null) {
                        kept.write(buffer, 0, n);
                    }
                }
                if (!e.isDirectory()) {
                    held.put(name, new Held(HexFormat.of().formatHex(sha.digest()), size));
                    manifest = kept == null ? manifest : kept.toByteArray();
                }
            }
        } catch (ZipException | EOFException | IllegalArgumentException e) {
            return invalid("the archive is damaged (" + PacketLimits.shown(String.valueOf(e.getMessage())) + ")");
        }
        if (index != expected.size()) {
            return invalid("the archive's entries differ from its central directory");
        }
        return compare(held, manifest);
    }

    private static PacketVerification compare(Map<String, Held> held, byte[] manifestBytes) {
        held.remove(AuditPacket.MANIFEST);
        if (manifestBytes == null) {
            return new PacketVerification(List.of(), List.of(), List.of(AuditPacket.MANIFEST), List.copyOf(held.keySet()));
        }
        Object files;
        try {
            Map<String, Object> manifest = CetrackJson.read(new String(manifestBytes, StandardCharsets.UTF_8),
                    new TypeReference<Map<String, Object>>() {});
            files = manifest == null ? null : manifest.get("files");
        } catch (InvalidInputException e) {
            files = null;
        }
        if (!(files instanceof List<?> list)) {
            return new PacketVerification(List.of(), List.of(AuditPacket.MANIFEST), List.of(), List.of());
        }
        List<String> verified = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Object item : list) {
            if (!(item instanceof Map<?, ?> f) || !(f.get("path") instanceof String path)) {
                changed.add(AuditPacket.MANIFEST);
                continue;
            }
            Held h = held.remove(path);
            if (h == null) {
                missing.add(PacketLimits.shown(path));
            } else if (h.sha256().equals(f.get("sha256")) && f.get("size") instanceof Number n && n.longValue() == h.size()) {
                verified.add(path);
            } else {
                changed.add(path);
            }
        }
        return new PacketVerification(verified, changed, missing, List.copyOf(held.keySet()));
    }

    private static PacketVerification invalid(String problem) {
        return new PacketVerification(List.of(), List.of(), List.of(), List.of(), List.of(problem));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Counts the compressed bytes the ZIP reader has taken, for the compression ratio. */
    private static final class Counting extends FilterInputStream {
        long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count += Math.max(0, n);
            return n;
        }
    }
}
