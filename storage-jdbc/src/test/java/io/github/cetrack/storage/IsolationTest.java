package io.github.cetrack.storage;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cetrack.storage.internal.Database;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Reads run in repeatable read and writes in read committed, and the connection gets its own level
 * back afterwards, as a pool that hands it to someone else expects.
 */
class IsolationTest {

    @ParameterizedTest
    @EnumSource(Db.class)
    void eachTransactionRunsAtItsLevelAndTheConnectionGetsItsOwnBack(Db db) throws SQLException {
        Connection connection = db.fresh().getConnection();
        try {
            int own = connection.getTransactionIsolation();
            Database database = Database.of(oneConnection(connection));

            int read = database.read(h -> level(h.getConnection()));
            assertThat(read).isEqualTo(Connection.TRANSACTION_REPEATABLE_READ);
            assertThat(connection.getTransactionIsolation()).as("after a read").isEqualTo(own);

            int write = database.write(h -> level(h.getConnection()));
            assertThat(write).isEqualTo(Connection.TRANSACTION_READ_COMMITTED);
            assertThat(connection.getTransactionIsolation()).as("after a write").isEqualTo(own);
            assertThat(connection.getAutoCommit()).as("autocommit after a write").isTrue();
        } finally {
            connection.close();
        }
    }

    private static int level(Connection connection) {
        try {
            return connection.getTransactionIsolation();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A data source that always lends the same connection, and whose close leaves it open. */
    private static DataSource oneConnection(Connection connection) {
        Connection lent = (Connection) Proxy.newProxyInstance(IsolationTest.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("close")) {
                        return null;
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        return (DataSource) Proxy.newProxyInstance(IsolationTest.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        return lent;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
