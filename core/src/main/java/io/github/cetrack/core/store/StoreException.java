package io.github.cetrack.core.store;

/**
 * A storage operation failed: the database is unreachable, a constraint failed, or a record is in
 * a state the operation does not allow.
 */
public class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Returns an exception with a message for the user. */
    public StoreException(String message) {
        super(message);
    }

    /** Returns an exception with a message and its cause. */
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
