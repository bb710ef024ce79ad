package io.github.cetrack.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.cetrack.core.DeliveryFormat;
import io.github.cetrack.core.HourUnit;
import io.github.cetrack.core.InvalidInputException;
import io.github.cetrack.core.Violation;
import io.github.cetrack.core.store.Holder;
import io.github.cetrack.core.store.ImportFormat;
import io.github.cetrack.core.store.ImportOptions;
import io.github.cetrack.core.store.NotFoundException;
import io.github.cetrack.core.store.Records;
import io.github.cetrack.core.store.StoredActivity;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ImportTest {

    private static final String TWO_ROWS = "title,provider,completed_on,hours,format\n"
            + "Ethics,P,2025-01-01,3,in_person\nLaw,P,2025-01-02,2,in_person\n";

    private static Records withHolder(Db db) {
        Records r = db.newTenant();
        r.save(Holder.of("sam", "Sam Lee"));
        return r;
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void aCsvFileIsImportedWithQuotedCellsListsAndDefaults(Db db) {
        Records r = withHolder(db);
        String csv = "\uFEFFtitle,provider,completed_on,hours,format,topics,approvals,unit\r\n"
                + "\"Ethics, law and you\",NASW-CA,2025-02-01,6,live_online,ethics;laws_and_rules,nasw_ca;aswb_ace,\r\n"
                + "\r\n"
                // A quoted cell may span lines: here a list (a title may not hold a line break).
                + "\"A \"\"quoted\"\" title\",Provider,2025-03-01,1.5,self_study,\"trauma;\nsupervision\",,ceu\r\n";
        List<StoredActivity> saved = r.importActivities("sam", new StringReader(csv), ImportFormat.CSV);
        assertThat(saved).hasSize(2);
        assertThat(r.activitiesOf("sam")).containsExactlyElementsOf(saved);
        StoredActivity first = saved.get(0);
        assertThat(first.activity().title()).isEqualTo("Ethics, law and you");
        assertThat(first.activity().approvals()).containsExactly("aswb_ace", "nasw_ca");
        assertThat(first.activity().topics()).containsExactly("ethics", "laws_and_rules");
        assertThat(first.activity().unit()).isEqualTo(HourUnit.CLOCK_HOUR);
        assertThat(first.activity().format()).isEqualTo(DeliveryFormat.LIVE_ONLINE);
        StoredActivity second = saved.get(1);
        assertThat(second.activity().title()).isEqualTo("A \"quoted\" title");
        assertThat(second.activity().topics()).containsExactly("supervision", "trauma");
        assertThat(second.activity().hours()).isEqualTo(new BigDecimal("1.5"));
        assertThat(second.activity().unit()).isEqualTo(HourUnit.CEU);
        assertThat(second.activity().completedOn()).isEqualTo(LocalDate.of(2025, 3, 1));
    }

    /** Rows are written without looking their holder up first: the foreign key refuses an unknown one. */
    @ParameterizedTest
    @EnumSource(Db.class)
    void anImportForAnUnknownHolderIsRefusedAsNotFoundAndWritesNothing(Db db) {
        Records r = withHolder(db);
        assertThatThrownBy(() -> r.importActivities("ghost", new StringReader(TWO_ROWS), ImportFormat.CSV))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("ghost");
        assertThat(r.activitiesWithoutCertificate()).isEmpty();
        assertThat(r.importActivities("sam", new StringReader(TWO_ROWS), ImportFormat.CSV)).hasSize(2);
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void everyBadCsvLineIsReportedWithItsFieldAndNothingIsWritten(Db db) {
        Records r = withHolder(db);
        String csv = "id,title,provider,completed_on,hours,format\n"
                + "ok1,Fine course,P,2025-01-01,3,in_person\n"
                + "bad1,Negative,P,2025-01-01,-3,in_person\n"
                + "bad2,,P,2025-01-01,3,in_person\n"
                + "bad3,Bad date,P,2025-02-30,3,in_person\n"
                + "bad4,Bad format,P,2025-01-01,3,webinar\n"
                + "ok1,Duplicate id,P,2025-01-01,3,in_person\n"
                + "short,row\n";
        assertThatThrownBy(() -> r.importActivities("sam", new StringReader(csv), ImportFormat.CSV))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("line 8"));
        InvalidInputException e = refused(r, csv.substring(0, csv.indexOf("short,row")), ImportFormat.CSV);
        assertThat(e.violations()).extracting(Violation::field).containsExactly(
                "line 3: hours", "line 4: title", "line 5: completed_on", "line 6: format", "line 7: id");
        assertThat(e.getMessage()).contains("line 3: hours: must not be negative (was \"-3\")",
                "line 7: id: must be unique (also on line 2)");
        assertThat(r.activitiesOf("sam")).isEmpty();
    }

    // The exception an import of {@code input} throws.
    static InvalidInputException refused(Records r, String input, ImportFormat format) {
        return catchThrowableOfType(InvalidInputException.class,
                () -> r.importActivities("sam", new StringReader(input), format));
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void unknownTopicsAndApprovalsAreRefusedWithTheNearestKnownCode(Db db) {
        Records r = withHolder(db);
        String csv = "title,provider,completed_on,hours,format,topics,approvals\n"
                + "Fine,P,2025-01-01,3,in_person,ethics;telehealth,apa\n"
                + "Typo,P,2025-01-01,3,in_person,suicide_risk_asessment,apa\n"
                + "Old code,P,2025-01-01,3,in_person,law_and_ethics,nbcc\n"
                + "Approval,P,2025-01-01,3,in_person,ethics,aswb\n";
        InvalidInputException e = refused(r, csv, ImportFormat.CSV);
        assertThat(e.violations()).extracting(Violation::field)
                .containsExactly("line 3: topics", "line 4: topics", "line 5: approvals");
        assertThat(e.getMessage()).contains(
                "line 3: topics: is not a known topic; did you mean suicide_prevention?"
                        + " (`cetrack catalog topics` lists them) (was \"suicide_risk_asessment\")",
                "line 4: topics: is not a known topic; did you mean ethics and laws_and_rules?",
                "line 5: approvals: is not a known provider approval; did you mean aswb_ace?");
        String json = "[\n  {\"title\": \"T\", \"provider\": \"P\", \"completed_on\": \"2025-01-01\", \"hours\": 2,"
                + " \"format\": \"in_person\", \"topics\": [\"telehelth\"]}\n]\n";
        assertThat(refused(r, json, ImportFormat.JSON))
                .hasMessageContaining("line 2: topics: is not a known topic; did you mean telehealth?");
        assertThat(r.activitiesOf("sam")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void aCsvHeaderWithAnUnknownColumnIsRefused(Db db) {
        Records r = withHolder(db);
        assertThatThrownBy(() -> r.importActivities("sam", new StringReader("title,price\nx,1\n"), ImportFormat.CSV))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("line 1: price: is not a known column");
        assertThatThrownBy(() -> r.importActivities("sam", new StringReader("title\n\"never closed\n"), ImportFormat.CSV))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("line 2: has a quoted field that never ends");
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void aJsonImportReportsTheLineOfEachBadActivity(Db db) {
        Records r = withHolder(db);
        String json = "[\n"
                + "  {\"title\": \"Good\", \"provider\": \"P\", \"completed_on\": \"2025-01-01\", \"hours\": 2, \"format\": \"in_person\"},\n"
                + "  {\"title\": \"Bad\", \"provider\": \"P\", \"completed_on\": \"2025-01-01\", \"hours\": 2, \"format\": \"in_person\",\n"
                + "   \"colour\": \"red\"},\n"
                + "  {\"title\": \"Also bad\", \"provider\": \"P\", \"completed_on\": \"2025-01-01\", \"hours\": 99999, \"format\": \"in_person\"}\n"
                + "]\n";
        assertThatThrownBy(() -> r.importActivities("sam", new StringReader(json), ImportFormat.JSON))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .as(e.getMessage()).extracting(Violation::field).containsExactly("line 3: colour", "line 5: hours"));
        assertThat(r.activitiesOf("sam")).isEmpty();
        String good = json.substring(0, json.indexOf("},\n  {\"title\": \"Bad\"")) + "}]";
        assertThat(r.importActivities("sam", new StringReader(good), ImportFormat.JSON))
                .extracting(a -> a.activity().title()).containsExactly("Good");
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void anImportNeverOverwritesAStoredActivity(Db db) {
        Records r = withHolder(db);
        r.save(StoredActivity.of("sam", Fixtures.ethics("a1")));
        String csv = "id,title,provider,completed_on,hours,format\nnew,New,P,2025-01-01,1,in_person\na1,Clash,P,2025-01-01,1,in_person\n";
        assertThatThrownBy(() -> r.importActivities("sam", new StringReader(csv), ImportFormat.CSV))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("line 3: id: must not name an activity already stored");
        assertThat(r.activitiesOf("sam")).extracting(StoredActivity::id).containsExactly("a1");
        assertThat(r.activity("a1").orElseThrow().activity().title()).isEqualTo("Law and ethics update");
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void anImportAsOfTodayRefusesCompletionDatesAfterTodayNamingTheLineAndWritesNothing(Db db) {
        Records r = withHolder(db);
        String csv = "title,provider,completed_on,hours,format\nDone,P,2026-11-30,2,in_person\nLater,P,2030-01-01,2,in_person\n";
        assertThatThrownBy(() -> r.importActivities("sam", new StringReader(csv), ImportFormat.CSV,
                ImportOptions.asOf(LocalDate.of(2026, 11, 30))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .containsExactly(new Violation("line 3: completed_on",
                                "must not be after today (2026-11-30): CE counts once completed", "2030-01-01")));
        assertThat(r.activitiesOf("sam")).isEmpty();
        assertThat(r.importActivities("sam", new StringReader(csv), ImportFormat.CSV)).hasSize(2);
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void anImportAsOfTodayRefusesProbableDuplicatesOfStoredActivitiesAndOfEarlierLinesUnlessAllowed(Db db) {
        Records r = withHolder(db);
        r.save(StoredActivity.of("sam", Fixtures.ethics("a1")));
        String csv = "title,provider,completed_on,hours,format\n"
                + "LAW AND ETHICS UPDATE,nasw-ca,2025-02-01,6,live_online\n"
                + "Trauma-focused CBT,PESI,2025-06-01,15,self_study\n"
                + "Trauma focused CBT,PESI,2025-06-01,15,self_study\n";
        ImportOptions today = ImportOptions.asOf(LocalDate.of(2026, 11, 30));
        assertThatThrownBy(() -> r.importActivities("sam", new StringReader(csv), ImportFormat.CSV, today))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field, Violation::rule).containsExactly(
                                org.assertj.core.groups.Tuple.tuple("line 2: title", "is probably a duplicate of activity a1"
                                        + " already stored (the same title, provider, completion date and hours); to record"
                                        + " a genuine repeat, import with duplicates allowed"),
                                org.assertj.core.groups.Tuple.tuple("line 4: title", "is probably a duplicate of line 3"
                                        + " (the same title, provider, completion date and hours); to record a genuine"
                                        + " repeat, import with duplicates allowed")));
        assertThat(r.activitiesOf("sam")).hasSize(1);
        assertThat(r.importActivities("sam", new StringReader(csv), ImportFormat.CSV, today.withAllowDuplicates(true)))
                .hasSize(3);
    }
}
