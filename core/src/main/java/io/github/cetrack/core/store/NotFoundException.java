package io.github.cetrack.core.store;

/** A record asked for by id does not exist in this tenant. */
public final class NotFoundException extends StoreException {

    private static final long serialVersionUID = 1L;

    /** Returns an exception with a message for the user. */
    public NotFoundException(String message) {
        super(message);
    }
}
