package io.github.cetrack.core.store;

/**
 * A record was changed by someone else since it was read: the update carried a stale version.
 * Reload the record and retry.
 */
public final class ConflictException extends StoreException {

    private static final long serialVersionUID = 1L;

    /** Returns an exception with a message for the user. */
    public ConflictException(String message) {
        super(message);
    }
}
