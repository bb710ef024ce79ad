package io.github.cetrack.storage.internal;

import io.github.cetrack.core.Topics;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Schema version 3: an activity's {@code categories} become {@code topics}. Each stored code is
 * rewritten to the topics {@link Topics#meaning} gives ({@code law_and_ethics} to {@code
 * ethics,laws_and_rules}); a code that is neither a topic nor an alias of one is kept, unchanged,
 * in {@code unmapped_topics} and logged, so nothing saved is lost and no read fails on it. Java,
 * not SQL: the aliases live in cetrack-core. Not API.
 */
final class TopicsMigration implements JavaMigration {

    private static final Logger LOG = LoggerFactory.getLogger(TopicsMigration.class);
    // Rows rewritten per round trip; keyset pages keep memory flat on a platform's millions of rows.
    private static final int PAGE = 1000;

    /** The topics and the unmapped codes one stored {@code categories} value becomes. */
    record Mapped(Set<String> topics, Set<String> unmapped) {}

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("3");
    }

    @Override
    public String getDescription() {
        return "activity topics";
    }

    @Override
    public Integer getChecksum() {
        // Bump when this class changes what it does, as a changed SQL script's checksum would.
        return 3_001;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        try (Statement s = c.createStatement()) {
            s.execute("alter table cetrack_activity add column topics varchar(1000) default '' not null");
            s.execute("alter table cetrack_activity add column unmapped_topics varchar(1000) default '' not null");
        }
        int rewritten = 0;
        int unmapped = 0;
        String[] after = {"", ""};
        while (true) {
            List<String[]> rows = page(c, after);
            if (rows.isEmpty()) {
                break;
            }
            try (PreparedStatement update = c.prepareStatement("update cetrack_activity set topics = ?,"
                    + " unmapped_topics = ? where tenant_id = ? and id = ?")) {
                for (String[] row : rows) {
                    Mapped m = map(row[2]);
                    if (!m.unmapped().isEmpty()) {
                        unmapped++;
                        LOG.warn("activity {} of tenant {}: {} {} no topic; kept in unmapped_topics, counted toward"
                                + " nothing until the activity is given topics", row[1], row[0], m.unmapped(),
                                m.unmapped().size() == 1 ? "names" : "name");
                    }
                    update.setString(1, String.join(",", m.topics()));
                    update.setString(2, String.join(",", m.unmapped()));
                    update.setString(3, row[0]);
                    update.setString(4, row[1]);
                    update.addBatch();
                }
                update.executeBatch();
            }
            rewritten += rows.size();
            String[] last = rows.get(rows.size() - 1);
            after = new String[] {last[0], last[1]};
        }
        try (Statement s = c.createStatement()) {
            s.execute("alter table cetrack_activity drop column categories");
        }
        LOG.info("cetrack schema 3: rewrote the categories of {} activities as topics", rewritten);
        if (unmapped > 0) {
            LOG.warn("cetrack schema 3: {} activities keep codes that name no topic; read them with"
                    + " StoredActivity.unmappedTopics() and tag the activities with topics", unmapped);
        }
    }

    // The next page of activities with codes, after the key (tenant, id), in key order.
    private static List<String[]> page(Connection c, String[] after) throws SQLException {
        List<String[]> rows = new ArrayList<>(PAGE);
        try (PreparedStatement q = c.prepareStatement("select tenant_id, id, categories from cetrack_activity"
                + " where categories <> '' and (tenant_id > ? or (tenant_id = ? and id > ?))"
                + " order by tenant_id, id limit " + PAGE)) {
            q.setString(1, after[0]);
            q.setString(2, after[0]);
            q.setString(3, after[1]);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    rows.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
                }
            }
        }
        return rows;
    }

    /** Returns what the comma-separated codes {@code categories} become. */
    static Mapped map(String categories) {
        Set<String> topics = new TreeSet<>();
        Set<String> unmapped = new TreeSet<>();
        for (String code : categories.split(",")) {
            if (code.isEmpty()) {
                continue;
            }
            List<String> meant = Topics.meaning(code);
            if (meant.isEmpty()) {
                unmapped.add(code);
            } else {
                topics.addAll(meant);
            }
        }
        return new Mapped(topics, unmapped);
    }
}
