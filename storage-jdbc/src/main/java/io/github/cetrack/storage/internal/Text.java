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

    /** PostgreSQL cannot store U+0000 in text, and the other databases would keep it silently. */
    static void check(String field, String text) {
        if (text != null && text.indexOf('\0') >= 0) {
            throw InvalidInputException.of(field, "must not contain a NUL character", text.replace('\0', '?'));
        }
    }
}
