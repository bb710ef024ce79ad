package io.github.cetrack.storage.internal;

import io.github.cetrack.core.InvalidInputException;
import io.github.cetrack.core.store.Ids;
import java.util.regex.Pattern;

/** Checks on free text that every supported database can store unchanged. Not API. */
final class Text {

    // Compiled once: an import checks the id of every row.
    private static final Pattern ID = Pattern.compile(Ids.PATTERN);

    private Text() {}

    /** Activity ids are free text in core; stored ones are record ids, usable on a command line. */
    static void id(String field, String id) {
        if (id != null && !ID.matcher(id).matches()) {
            throw InvalidInputException.of(field, Ids.MESSAGE, id);
        }
    }

    /**
     * A record or tenant id a caller looks up. Checked before any query: MariaDB's collation ignores
     * trailing spaces, so {@code "acme "} would otherwise find {@code "acme"}.
     */
    static String lookup(String field, String id) {
        if (id == null) {
            throw InvalidInputException.of(field, "is required", null);
        }
        id(field, id);
        return id;
    }

    /** A certificate's SHA-256 as looked up: 64 lower-case hex digits. */
    static String sha256(String field, String sha256) {
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw InvalidInputException.of(field, "must be 64 lower-case hex digits", sha256);
        }
        return sha256;
    }

    /** Codes are stored comma-joined in a column of {@value #CODES} characters. */
    static final int CODES = 1000;

    /** Refuses a set of codes too long for its column, before the database would. */
    static void codes(String field, java.util.Set<String> codes) {
        if (codes == null) {
            return;
        }
        int length = Math.max(0, codes.size() - 1);
        for (String code : codes) {
            length += code.length();
        }
        if (length > CODES) {
            throw InvalidInputException.of(field, "must fit in " + CODES + " characters when joined with commas (it takes "
                    + length + ")", codes.size() + " codes");
        }
    }

    /**
     * PostgreSQL cannot store U+0000 in text, and no database stores half of a surrogate pair
     * faithfully (it cannot be encoded in UTF-8), while H2 would keep either silently.
     */
    static void check(String field, String text) {
        if (text == null) {
            return;
        }
        if (text.indexOf('\0') >= 0) {
            throw InvalidInputException.of(field, "must not contain a NUL character", text.replace('\0', '?'));
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw InvalidInputException.of(field, "must be valid Unicode text (it holds half of a surrogate pair)", null);
            }
        }
    }
}
