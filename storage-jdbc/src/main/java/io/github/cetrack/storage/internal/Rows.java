package io.github.cetrack.storage.internal;

import io.github.cetrack.core.ActivityKind;
import io.github.cetrack.core.CeActivity;
import io.github.cetrack.core.Certificate;
import io.github.cetrack.core.DeliveryFormat;
import io.github.cetrack.core.HourUnit;
import io.github.cetrack.core.Jurisdiction;
import io.github.cetrack.core.License;
import io.github.cetrack.core.store.Holder;
import io.github.cetrack.core.store.StoredActivity;
import io.github.cetrack.core.store.StoredLicense;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.jdbi.v3.core.statement.SqlStatement;

/** Column mapping between rows and records. Not API. */
final class Rows {

    static final String LICENSE_COLUMNS = "id, holder_id, jurisdiction, license_type, holder_name, license_number, "
            + "first_issued_on, expires_on, birth_date, roles, row_version";

    /** Activities in the order every listing uses: completion date, then id. */
    static final Comparator<StoredActivity> BY_DATE = Comparator
            .comparing((StoredActivity a) -> a.activity().completedOn()).thenComparing(StoredActivity::id);

    private Rows() {}

    /** Sorts in Java, not with {@code order by}, so that every database gives one order. */
    static <T> List<T> sorted(List<T> list, Comparator<? super T> order) {
        List<T> copy = new ArrayList<>(list);
        copy.sort(order);
        return copy;
    }

    static Holder holder(ResultSet rs) throws SQLException {
        return new Holder(rs.getString("id"), rs.getString("name"), rs.getLong("row_version"));
    }

    static StoredLicense license(ResultSet rs) throws SQLException {
        License license = new License(rs.getString("holder_name"), Jurisdiction.of(rs.getString("jurisdiction")),
                rs.getString("license_type"), rs.getString("license_number"), date(rs, "first_issued_on"),
                date(rs, "expires_on"), date(rs, "birth_date"), codes(rs.getString("roles")));
        return new StoredLicense(rs.getString("id"), rs.getString("holder_id"), license, List.of(),
                rs.getLong("row_version"));
    }

    static StoredActivity activity(ResultSet rs) throws SQLException {
        return activity(rs, "id", "row_version");
    }

    /** Reads an activity whose id and version columns carry other names, as in a join with its licence. */
    static StoredActivity activity(ResultSet rs, String idColumn, String versionColumn) throws SQLException {
        String sha = rs.getString("certificate_sha256");
        Certificate certificate = sha == null ? null
                : new Certificate(sha.trim(), rs.getString("media_type"), rs.getLong("byte_size"),
                        rs.getString("certificate_file_name"));
        CeActivity activity = new CeActivity(rs.getString(idColumn), rs.getString("title"), rs.getString("provider"),
                codes(rs.getString("approvals")), date(rs, "started_on"), date(rs, "completed_on"),
                hours(rs.getBigDecimal("hours")), enumOf(HourUnit.class, rs.getString("hour_unit")),
                enumOf(DeliveryFormat.class, rs.getString("delivery_format")),
                enumOf(ActivityKind.class, rs.getString("activity_kind")), codes(rs.getString("topics")),
                certificate);
        return new StoredActivity(rs.getString("holder_id"), activity, rs.getLong(versionColumn),
                codes(rs.getString("unmapped_topics")));
    }

    /** Where a row's columns go, by parameter name: a Jdbi statement's or a {@link JdbcBatch}'s. */
    interface Columns {
        void text(String name, String value);

        void date(String name, LocalDate value);

        void decimal(String name, BigDecimal value);
    }

    /** Binds an activity's columns (all but tenant, version). */
    static <S extends SqlStatement<S>> S bind(S statement, StoredActivity stored) {
        activity(new Columns() {
            @Override
            public void text(String name, String value) {
                statement.bind(name, value);
            }

            @Override
            public void date(String name, LocalDate value) {
                statement.bind(name, (Object) value);
            }

            @Override
            public void decimal(String name, BigDecimal value) {
                statement.bind(name, value);
            }
        }, stored);
        return statement;
    }

    /** Sets an activity's columns (all but tenant, version). */
    static void activity(Columns to, StoredActivity stored) {
        CeActivity a = stored.activity();
        Certificate c = a.certificate();
        to.text("id", a.id());
        to.text("holder_id", stored.holderId());
        to.text("title", a.title());
        to.text("provider", a.provider());
        to.text("approvals", join(a.approvals()));
        to.date("started_on", a.startedOn());
        to.date("completed_on", a.completedOn());
        to.decimal("hours", a.hours());
        to.text("hour_unit", name(a.unit()));
        to.text("delivery_format", name(a.format()));
        to.text("activity_kind", name(a.kind()));
        to.text("topics", join(a.topics()));
        to.text("unmapped_topics", join(stored.unmappedTopics()));
        to.text("certificate_sha256", c == null ? null : c.sha256());
        to.text("certificate_file_name", c == null ? null : c.fileName());
    }

    /** Binds a licence's columns (all but tenant, version). */
    static <S extends SqlStatement<S>> S bind(S statement, StoredLicense stored) {
        License l = stored.license();
        return statement.bind("id", stored.id()).bind("holder_id", stored.holderId())
                .bind("jurisdiction", l.jurisdiction().code()).bind("license_type", l.licenseType())
                .bind("holder_name", l.holder()).bind("license_number", l.number())
                .bind("first_issued_on", l.firstIssuedOn()).bind("expires_on", l.expiresOn())
                .bind("birth_date", l.birthDate()).bind("roles", join(l.roles()));
    }

    /**
     * Returns hours without insignificant trailing zeros: the column keeps two decimals, so
     * {@code 6} comes back as {@code 6.00}; both sides of a save compare equal this way.
     */
    static BigDecimal hours(BigDecimal hours) {
        BigDecimal plain = hours.stripTrailingZeros();
        return plain.scale() < 0 ? plain.setScale(0) : plain;
    }

    static String join(Set<String> codes) {
        // Core's code sets are sorted already; copying them into another was a tenth of an import's own time.
        boolean sorted = codes instanceof java.util.SortedSet<String> s && s.comparator() == null;
        return String.join(",", sorted ? codes : new TreeSet<>(codes));
    }

    static Set<String> codes(String joined) {
        return joined == null || joined.isEmpty() ? Set.of() : new TreeSet<>(Arrays.asList(joined.split(",")));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    private static String name(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
        return Enum.valueOf(type, name.toUpperCase(Locale.ROOT));
    }
}
