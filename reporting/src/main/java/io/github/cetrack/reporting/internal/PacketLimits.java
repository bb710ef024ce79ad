package io.github.cetrack.reporting.internal;

import io.github.cetrack.core.internal.PlainTextValidator;
import java.util.Locale;

/**
 * What verifying an audit packet will read: a packet cetrack writes is far inside these limits, and
 * a ZIP bomb is refused before it can fill memory or disk. Not API.
 */
final class PacketLimits {

    /** Entries in one packet. */
    static final int MAX_ENTRIES = 10_000;
    /** Bytes of one entry, uncompressed. */
    static final long MAX_ENTRY_BYTES = 256L << 20;
    /** Bytes of all entries, uncompressed. */
    static final long MAX_TOTAL_BYTES = 1L << 30;
    /** Bytes of {@code manifest.json}, which is held in memory. */
    static final long MAX_MANIFEST_BYTES = 16L << 20;
    /** Uncompressed bytes per compressed byte, checked once an entry passes {@link #RATIO_FROM} bytes. */
    static final long MAX_RATIO = 100;
    static final long RATIO_FROM = 1L << 20;

    private PacketLimits() {}

    /** Returns why an entry name is not a safe relative path, or {@code null} when it is. */
    static String nameProblem(String name) {
        if (name.isEmpty()) {
            return "has an empty name";
        }
        if (name.startsWith("/") || name.startsWith("\\") || (name.length() > 1 && name.charAt(1) == ':')) {
            return "is an absolute path";
        }
        if (name.indexOf('\\') >= 0) {
            return "has a backslash in its path";
        }
        for (String step : name.split("/", -1)) {
            if (step.equals("..")) {
                return "leaves the packet through ..";
            }
        }
        return PlainTextValidator.isPlain(name) ? null : "has a control character in its name";
    }

    /** Returns why an entry's (declared or actual) size is refused, or {@code null}. */
    static String sizeProblem(long size, long compressed) {
        if (size > MAX_ENTRY_BYTES) {
            return String.format(Locale.ROOT, "is larger than %,d bytes", MAX_ENTRY_BYTES);
        }
        if (size > RATIO_FROM && size > MAX_RATIO * Math.max(1, compressed)) {
            return "is compressed more than " + MAX_RATIO + " to 1 (a ZIP bomb)";
        }
        return null;
    }

    static String tooLarge() {
        return String.format(Locale.ROOT, "the archive holds more than %,d bytes uncompressed", MAX_TOTAL_BYTES);
    }

    /** An entry name as printed: control characters escaped, long names cut. */
    static String shown(String name) {
        return PlainTextValidator.escape(name.length() > 120 ? name.substring(0, 117) + "..." : name);
    }
}
