package io.github.cetrack.examples.platform;

import com.zaxxer.hikari.HikariDataSource;
import io.github.cetrack.core.InvalidInputException;
import io.github.cetrack.core.json.CetrackJson;
import io.github.cetrack.core.store.Holder;
import io.github.cetrack.core.store.HolderRecords;
import io.github.cetrack.core.store.ImportFormat;
import io.github.cetrack.core.store.Records;
import io.github.cetrack.core.store.StoreException;
import io.github.cetrack.core.store.Tenant;
import io.github.cetrack.examples.cli.Tracker;
import io.github.cetrack.storage.JdbcStore;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

/** A roster kept in a database through the storage module: one tenant, a holder per learner. */
final class RosterDb {

    /** What a seeding wrote. */
    record Seeded(long learners, long licenses, long activities) {}

    private RosterDb() {}

    /**
     * Writes every learner of {@code source} into {@code tenant} (created if missing), one holder
     * with its licences and activities each; reports the learners written so far to {@code done}.
     */
    static Seeded seed(String option, String url, String tenant, LearnerSource source, LongConsumer done) {
        try (HikariDataSource pool = Tracker.pool(checked(option, url))) {
            JdbcStore store = JdbcStore.migrate(pool);
            if (store.tenant(tenant).isEmpty()) {
                store.createTenant(Tenant.of(tenant, "CE provider platform"));
            }
            Records records = store.records(tenant);
            long written = 0;
            long licenses = 0;
            long activities = 0;
            for (List<Roster.Learner> slice = source.next(256); !slice.isEmpty(); slice = source.next(256)) {
                for (Roster.Learner l : slice) {
                    records.save(Holder.of(l.id(), l.name()));
                    l.licenses().forEach(records::save);
                    // One transaction for all of a learner's activities instead of one each.
                    records.importActivities(l.id(), new StringReader(CetrackJson.write(l.activities())), ImportFormat.JSON);
                    licenses += l.licenses().size();
                    activities += l.activities().size();
                }
                written += slice.size();
                done.accept(written);
            }
            return new Seeded(written, licenses, activities);
        }
    }

    /**
     * Reads the learners of {@code tenant} a page of holders at a time, so that memory holds one
     * slice whatever the size of the tenant.
     */
    static LearnerSource read(String option, String url, String tenant) {
        HikariDataSource pool = Tracker.pool(checked(option, url));
        try {
            JdbcStore store = JdbcStore.open(pool);
            if (store.tenant(tenant).isEmpty()) {
                throw new StoreException("no tenant " + tenant + " at " + url + "; write one with --seed-db");
            }
            Records records = store.records(tenant);
            return new LearnerSource() {
                private String after;
                private boolean done;

                @Override
                public List<Roster.Learner> next(int max) {
                    List<Roster.Learner> slice = new ArrayList<>(max);
                    while (!done && slice.isEmpty()) {
                        List<HolderRecords> page = records.holderRecords(after, max);
                        done = page.size() < max;
                        for (HolderRecords h : page) {
                            after = h.holder().id();
                            if (!h.licenses().isEmpty()) {
                                slice.add(new Roster.Learner(h.holder().id(), h.holder().name(), h.licenses(), h.activities()));
                            }
                        }
                    }
                    return slice;
                }

                @Override
                public long learners() {
                    return -1;
                }

                @Override
                public long licenses() {
                    return -1;
                }

                @Override
                public String describe() {
                    return "database, tenant " + tenant;
                }

                @Override
                public void close() {
                    pool.close();
                }
            };
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    // Tracker.pool names --db in its message; name the option the user typed.
    private static String checked(String option, String url) {
        if (!url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:postgresql:") && !url.startsWith("jdbc:mariadb:")) {
            throw InvalidInputException.of(option, "must be a jdbc:h2:, jdbc:postgresql: or jdbc:mariadb: URL", url);
        }
        return url;
    }
}
