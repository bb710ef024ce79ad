package io.github.cetrack.storage.internal;

import io.github.cetrack.core.InvalidInputException;

/** Checks on free text that every supported database can store unchanged. Not API. */
final class Text {

    private Text() {}

    /** Activity ids are free text in core; stored ones are record ids, usable on a command line. */
    static void id(String field, String id) {
        if (id != null && !id.matches(io.github.cetrack.core.store.Ids.PATTERN)) {
            throw InvalidInputException.of(field, io.github.cetrack.core.store.Ids.MESSAGE, id);
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
