package io.github.cetrack.core.store;

import java.util.UUID;

/** Record identifiers: caller-chosen, or random when the caller leaves them out. */
public final class Ids {

    /** What an id may contain: letters, digits, {@code . _ : -}, at most 64 characters. */
    public static final String PATTERN = "[A-Za-z0-9][A-Za-z0-9._:-]{0,63}";

    /** The validation message for an id that does not match {@link #PATTERN}. */
    public static final String MESSAGE = "must be 1 to 64 letters, digits or . _ : - (starting with a letter or digit)";

    private Ids() {}

    /** Returns a new random id, like {@code "3f1c9a0e-…"}. */
    public static String random() {
        return UUID.randomUUID().toString();
    }

    /** Returns {@code id}, or a new random id when it is {@code null}. */
    public static String orRandom(String id) {
        return id == null ? random() : id;
    }
}
