package io.github.cetrack.storage;

import io.github.cetrack.core.store.StoreException;

/**
 * The database's schema does not match this library: not migrated yet, older, newer, or a
 * migration failed. The message says what to do.
 */
public final class SchemaException extends StoreException {

    private static final long serialVersionUID = 1L;

    /** Returns an exception with a message for the user. */
    public SchemaException(String message) {
        super(message);
    }

    /** Returns an exception with a message and its cause. */
    public SchemaException(String message, Throwable cause) {
        super(message, cause);
    }
}
