package io.github.cetrack.storage.internal;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;

/**
 * A statement with named parameters run as a plain JDBC batch on a handle's connection, inside its
 * transaction. Imports write thousands of rows: Jdbi's batch keeps a map of arguments per row, and
 * prepares with {@code prepareStatement(sql, type, concurrency)}, which MariaDB Connector/J 3.5
 * treats as asking for generated keys, and so sends the rows one by one instead of as one bulk
 * message. Not API.
 */
final class JdbcBatch implements Rows.Columns, AutoCloseable {

    /** A statement's text with {@code ?} for each {@code :name}, and each name's positions. */
    record Statement(String sql, Map<String, int[]> positions) {

        private static final Pattern NAME = Pattern.compile(":([a-z_][a-z0-9_]*)");

        /** Parses the statements of this package's SQL files, whose text holds no colon but a parameter's. */
        static Statement of(String named) {
            Map<String, List<Integer>> found = new HashMap<>();
            Matcher m = NAME.matcher(named);
            int position = 0;
            while (m.find()) {
                found.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(++position);
            }
            Map<String, int[]> positions = new HashMap<>();
            found.forEach((name, at) -> positions.put(name, at.stream().mapToInt(Integer::intValue).toArray()));
            return new Statement(m.replaceAll("?"), Map.copyOf(positions));
        }
    }

    /** A JDBC call, whose failure becomes a {@link io.github.cetrack.core.store.StoreException}. */
    @FunctionalInterface
    private interface Call {
        void run() throws SQLException;
    }

    /** Sets a parameter at one position. */
    @FunctionalInterface
    private interface Setter {
        void set(int position) throws SQLException;
    }

    private final Statement statement;
    private final PreparedStatement ps;

    JdbcBatch(Handle h, Statement statement) {
        this.statement = statement;
        PreparedStatement[] prepared = new PreparedStatement[1];
        jdbc(() -> prepared[0] = h.getConnection().prepareStatement(statement.sql()));
        this.ps = prepared[0];
    }

    @Override
    public void text(String name, String value) {
        each(name, i -> ps.setString(i, value));
    }

    @Override
    public void date(String name, LocalDate value) {
        each(name, i -> {
            if (value == null) {
                ps.setNull(i, Types.DATE);
            } else {
                ps.setObject(i, value);
            }
        });
    }

    @Override
    public void decimal(String name, BigDecimal value) {
        each(name, i -> ps.setBigDecimal(i, value));
    }

    void number(String name, long value) {
        each(name, i -> ps.setLong(i, value));
    }

    /** Ends a row: every parameter must have been set for it. */
    void add() {
        jdbc(ps::addBatch);
    }

    void execute() {
        jdbc(ps::executeBatch);
    }

    @Override
    public void close() {
        jdbc(ps::close);
    }

    private void each(String name, Setter setter) {
        int[] at = statement.positions().get(name);
        if (at == null) {
            throw new IllegalArgumentException("no parameter :" + name + " in " + statement.sql());
        }
        try {
            for (int i : at) {
                setter.set(i);
            }
        } catch (SQLException e) {
            throw Database.failed(e);
        }
    }

    private static void jdbc(Call call) {
        try {
            call.run();
        } catch (SQLException e) {
            throw Database.failed(e);
        }
    }
}
