package io.github.cetrack.storage.internal;

import io.github.cetrack.core.store.StoreException;
import javax.sql.DataSource;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/** Connections and transactions, with database failures turned into {@link StoreException}. Not API. */
public final class Database {

    /** Work done on one connection. */
    @FunctionalInterface
    public interface Work<T> {
        /** Does the work. */
        T on(Handle handle);
    }

    private final Jdbi jdbi;
    private volatile Boolean marksWrites;

    private Database(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Whether large writes go through {@link Writes}' marks here (H2); asked of the database once. */
    boolean marksWrites() {
        Boolean marks = marksWrites;
        if (marks == null) {
            marks = query(h -> {
                try {
                    return Writes.needed(h.getConnection().getMetaData());
                } catch (java.sql.SQLException e) {
                    throw new StoreException("storage failed: " + e.getMessage(), e);
                }
            });
            marksWrites = marks;
        }
        return marks;
    }

    /** Removes what imports and restores killed before they finished left behind (see {@link Writes}). */
    public void recover() {
        Writes.recover(this);
    }

    /** Returns the database behind a data source. */
    public static Database of(DataSource dataSource) {
        return new Database(Jdbi.create(dataSource));
    }

    /** Runs reads in one repeatable-read transaction, so they see one consistent state. */
    public <T> T read(Work<T> work) {
        return run(TransactionIsolationLevel.REPEATABLE_READ, work);
    }

    /**
     * Runs one statement without a transaction: a single statement sees one consistent state by
     * itself, and skips the round trips that set up and end a transaction.
     */
    public <T> T query(Work<T> work) {
        try {
            return jdbi.withHandle(work::on);
        } catch (JdbiException e) {
            throw failed(e);
        }
    }

    /** Runs writes in one transaction: all of them happen or none does. */
    public <T> T write(Work<T> work) {
        return run(TransactionIsolationLevel.READ_COMMITTED, work);
    }

    // Jdbi's inTransaction(level, ...) reads the connection's level three times (before, to set,
    // to restore), and pgjdbc answers each read with a query; one read is enough.
    private <T> T run(TransactionIsolationLevel level, Work<T> work) {
        try {
            return jdbi.withHandle(handle -> {
                java.sql.Connection connection = handle.getConnection();
                int before = isolation(connection, -1);
                boolean change = before != level.intValue();
                if (change) {
                    isolation(connection, level.intValue());
                }
                try {
                    return handle.inTransaction(work::on);
                } finally {
                    if (change) {
                        isolation(connection, before);
                    }
                }
            });
        } catch (JdbiException e) {
            throw failed(e);
        }
    }

    /** Sets the connection's isolation level, or with {@code -1} reads it. */
    private static int isolation(java.sql.Connection connection, int level) {
        try {
            if (level < 0) {
                return connection.getTransactionIsolation();
            }
            connection.setTransactionIsolation(level);
            return level;
        } catch (java.sql.SQLException e) {
            throw failed(e);
        }
    }

    private static StoreException failed(JdbiException e) {
        Throwable cause = e.getCause() == null ? e : e.getCause();
        return new StoreException("storage failed: " + firstLine(cause.getMessage()), e);
    }

    /** The same failure, from JDBC used directly on a handle's connection ({@link JdbcBatch}). */
    static StoreException failed(java.sql.SQLException e) {
        return new StoreException("storage failed: " + firstLine(e.getMessage()), e);
    }

    private static String firstLine(String message) {
        return message == null ? "unknown database error" : message.strip().lines().findFirst().orElse("");
    }
}
