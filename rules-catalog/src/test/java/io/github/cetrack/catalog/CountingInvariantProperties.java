package io.github.cetrack.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cetrack.core.CeActivity;
import io.github.cetrack.core.DeliveryFormat;
import io.github.cetrack.core.Evaluation;
import io.github.cetrack.core.Jurisdiction;
import io.github.cetrack.core.License;
import io.github.cetrack.core.json.CetrackJson;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * What a board counts does not depend on entries it would not count: a second entry of the same
 * course, or a course dated after the evaluation date, changes no requirement and no status.
 */
class CountingInvariantProperties {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final ComplianceEngine ENGINE = ComplianceEngine.create(
            Clock.fixed(TODAY.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC));
    // Cycle 2025-04-01 to 2027-03-31: today is inside it, so activities fall on both sides of it.
    private static final License LICENSE = License.of(Jurisdiction.US_CA, "LCSW", LocalDate.of(2012, 3, 10))
            .withExpiresOn(LocalDate.of(2027, 3, 31));

    @Property(tries = 200)
    void aSecondEntryOfTheSameCourseChangesNothingButIsReportedAsADuplicate(
            @ForAll("activities") List<CeActivity> activities, @ForAll @IntRange(min = 0, max = 99) int pick) {
        CeActivity copy = activities.get(pick % activities.size()).withId("zz-copy");
        List<CeActivity> twice = new ArrayList<>(activities);
        twice.add(copy);
        Evaluation once = ENGINE.evaluate(LICENSE, activities);
        Evaluation again = ENGINE.evaluate(LICENSE, twice);
        assertThat(again.requirements()).as(CetrackJson.write(again)).isEqualTo(once.requirements());
        assertThat(again.status()).isEqualTo(once.status());
        Evaluation.ActivityResult result = again.activities().stream().filter(a -> a.id().equals("zz-copy"))
                .findFirst().orElseThrow();
        assertThat(result.counted()).isZero();
        if (!copy.completedOn().isAfter(TODAY)) {
            assertThat(result.reason()).isEqualTo(Evaluation.Reason.DUPLICATE);
        }
    }

    @Property(tries = 200)
    void aCourseDatedAfterTheEvaluationDateChangesNothingButIsReported(
            @ForAll("activities") List<CeActivity> activities, @ForAll @IntRange(min = 1, max = 400) int daysAhead,
            @ForAll @IntRange(min = 1, max = 40) int hours) {
        CeActivity future = CeActivity.of("Course not taken yet", "PESI", TODAY.plusDays(daysAhead),
                BigDecimal.valueOf(hours), DeliveryFormat.IN_PERSON).withId("zz-future").withApprovals(Set.of("apa"))
                .withTopics(Set.of("ethics", "suicide_prevention", "telehealth"));
        List<CeActivity> more = new ArrayList<>(activities);
        more.add(future);
        Evaluation before = ENGINE.evaluate(LICENSE, activities);
        Evaluation after = ENGINE.evaluate(LICENSE, more);
        assertThat(after.requirements()).as(CetrackJson.write(after)).isEqualTo(before.requirements());
        assertThat(after.status()).isEqualTo(before.status());
        assertThat(after.activities()).filteredOn(a -> a.id().equals("zz-future")).singleElement()
                .satisfies(a -> assertThat(a.reason()).isEqualTo(Evaluation.Reason.NOT_YET_COMPLETED));
        assertThat(after.findings()).anyMatch(f -> f.code() == Evaluation.FindingCode.NOT_YET_COMPLETED
                && "zz-future".equals(f.subject()));
    }

    @Provide
    Arbitrary<List<CeActivity>> activities() {
        Arbitrary<CeActivity> one = Combinators.combine(
                Arbitraries.of("Trauma-focused CBT", "Law and ethics", "Suicide risk", "Telehealth practice"),
                Arbitraries.of("PESI", "CAMFT"),
                Arbitraries.integers().between(0, 720),
                Arbitraries.integers().between(1, 12),
                Arbitraries.of(DeliveryFormat.class),
                Arbitraries.of("ethics", "laws_and_rules", "suicide_prevention", "telehealth").set().ofMaxSize(2),
                Arbitraries.of(Set.of("apa"), Set.<String>of()))
                .as((title, provider, day, hours, format, topics, approvals) -> CeActivity.of(title, provider,
                        LocalDate.of(2025, 4, 1).plusDays(day), BigDecimal.valueOf(hours), format)
                        .withTopics(topics).withApprovals(approvals));
        return one.list().ofMinSize(1).ofMaxSize(8).map(list -> {
            List<CeActivity> out = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                out.add(list.get(i).withId("a" + i));
            }
            return out;
        });
    }
}
