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
 */
public record PacketVerification(List<String> verified, List<String> changed, List<String> missing,
        List<String> unexpected) {

    /** Copies the lists. */
    public PacketVerification {
        verified = List.copyOf(verified);
        changed = List.copyOf(changed);
        missing = List.copyOf(missing);
        unexpected = List.copyOf(unexpected);
    }

    /** Returns whether every listed file is present and unchanged, and nothing else was added. */
    public boolean isIntact() {
        return changed.isEmpty() && missing.isEmpty() && unexpected.isEmpty();
    }

    /** Returns {@code "intact: 5 files verified"} or the problems, like {@code "changed: a.pdf; missing: b.png"}. */
    public String describe() {
        if (isIntact()) {
            return "intact: " + verified.size() + (verified.size() == 1 ? " file" : " files") + " verified";
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
