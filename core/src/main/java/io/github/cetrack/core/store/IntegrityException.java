package io.github.cetrack.core.store;

/**
 * Stored bytes no longer match their SHA-256: the certificate was corrupted or altered in the
 * database. The bytes are never returned.
 */
public final class IntegrityException extends StoreException {

    private static final long serialVersionUID = 1L;

    /** Returns an exception with a message for the user. */
    public IntegrityException(String message) {
        super(message);
    }
}
