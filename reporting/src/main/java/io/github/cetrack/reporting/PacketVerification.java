package io.github.cetrack.reporting;

import java.util.ArrayList;
import java.util.List;

/**
 * The outcome of re-checking an audit packet against its manifest, naming every file that differs.
 *
 * <pre>{@code
 * PacketVerification v = AuditPacket.verify(Path.of("packet.zip"));
 * if (!v.isIntact()) System.err.println(v.describe());  // "changed: certificates/002-4e2bcac2ef52.pdf"
 * }</pre>
 *
 * @param verified the files whose bytes match the manifest
 * @param changed files whose bytes no longer match the SHA-256 or size in the manifest
 * @param missing files the manifest lists that the packet does not hold (or {@code manifest.json} itself)
 * @param unexpected files the packet holds that the manifest does not list
 * @param invalid why the file is not a packet that can be checked at all, like {@code "../evil.pdf
 *     leaves the packet through .."} or {@code "payload.bin is compressed more than 100 to 1 (a ZIP
 *     bomb)"}; empty for a readable packet. An invalid packet is never intact, and nothing else is
 *     reported for it
 */
public record PacketVerification(List<String> verified, List<String> changed, List<String> missing,
        List<String> unexpected, List<String> invalid) {

    /** Copies the lists. */
    public PacketVerification {
        verified = List.copyOf(verified);
        changed = List.copyOf(changed);
        missing = List.copyOf(missing);
        unexpected = List.copyOf(unexpected);
        invalid = List.copyOf(invalid);
    }

    /** Returns the outcome for a readable packet, with nothing invalid. */
    public PacketVerification(List<String> verified, List<String> changed, List<String> missing,
            List<String> unexpected) {
        this(verified, changed, missing, unexpected, List.of());
    }

    /** Returns whether every listed file is present and unchanged, nothing else was added, and the packet is valid. */
    public boolean isIntact() {
        return invalid.isEmpty() && changed.isEmpty() && missing.isEmpty() && unexpected.isEmpty();
    }

    /** Returns whether the file could be read as a packet at all (see {@link #invalid()}). */
    public boolean isValid() {
        return invalid.isEmpty();
    }

    /** Returns {@code "intact: 5 files verified"} or the problems, like {@code "changed: a.pdf; missing: b.png"}. */
    public String describe() {
        if (isIntact()) {
            return "intact: " + verified.size() + (verified.size() == 1 ? " file" : " files") + " verified";
        }
        if (!invalid.isEmpty()) {
            return "invalid: " + String.join("; ", invalid);
        }
        List<String> parts = new ArrayList<>();
        if (!changed.isEmpty()) {
            parts.add("changed: " + String.join(", ", changed));
        }
        if (!missing.isEmpty()) {
            parts.add("missing: " + String.join(", ", missing));
        }
        if (!unexpected.isEmpty()) {
            parts.add("unexpected: " + String.join(", ", unexpected));
        }
        return String.join("; ", parts);
    }
}
