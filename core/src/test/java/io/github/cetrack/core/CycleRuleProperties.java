package io.github.cetrack.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** For any licence and any date after first issue, exactly one cycle contains the date, without gaps or overlaps. */
class CycleRuleProperties {

    static final LocalDate EPOCH = LocalDate.of(1980, 1, 1);

    @Property(tries = 500)
    void theCycleContainingADateContainsIt(@ForAll("rules") CycleRule rule, @ForAll("licenses") License license,
            @ForAll @IntRange(min = 0, max = 20000) int daysAfterIssue) {
        LocalDate date = license.firstIssuedOn().plusDays(daysAfterIssue);
        RenewalCycle cycle = rule.cycleContaining(license, date);
        assertThat(cycle.contains(date)).as("%s contains %s", cycle, date).isTrue();
        assertThat(rule.cycleContaining(license, cycle.start())).isEqualTo(cycle);
        assertThat(rule.cycleContaining(license, cycle.end())).isEqualTo(cycle);
    }

    @Property(tries = 300)
    void consecutiveCyclesNeitherOverlapNorLeaveGaps(@ForAll("rules") CycleRule rule,
            @ForAll("licenses") License license) {
        List<RenewalCycle> cycles = rule.cycles(license, license.firstIssuedOn().plusYears(30));
        assertThat(cycles.get(0).start()).isEqualTo(license.firstIssuedOn());
        for (int i = 1; i < cycles.size(); i++) {
            assertThat(cycles.get(i).start()).isEqualTo(cycles.get(i - 1).end().plusDays(1));
            assertThat(cycles.get(i).end()).isAfter(cycles.get(i).start());
            long months = ChronoUnit.MONTHS.between(cycles.get(i).start(), cycles.get(i).end().plusDays(1));
            assertThat(months).as("%s", cycles.get(i)).isBetween((long) rule.periodMonths() - 1, (long) rule.periodMonths());
        }
    }

    @Property(tries = 300)
    void calendarYearCyclesEndOnDecember31InStepWithTheYearBeforeExpiration(
            @ForAll("licenses") License license, @ForAll @IntRange(min = 1, max = 3) int years) {
        CycleRule rule = CycleRule.yearBeforeExpiration(12 * years);
        for (RenewalCycle cycle : rule.cycles(license, license.firstIssuedOn().plusYears(20))) {
            assertThat(cycle.end().getMonthValue()).isEqualTo(12);
            assertThat(cycle.end().getDayOfMonth()).isEqualTo(31);
            assertThat(Math.floorMod(license.expiresOn().getYear() - 1 - cycle.end().getYear(), years))
                    .as("%s against expiration %s", cycle, license.expiresOn()).isZero();
        }
    }

    @Provide
    Arbitrary<CycleRule> rules() {
        Arbitrary<Integer> period = Arbitraries.of(12, 24, 36);
        Arbitrary<Integer> firstMin = Arbitraries.integers().between(0, 18);
        Arbitrary<CycleRule> birth = Combinators.combine(period, firstMin)
                .as((p, f) -> CycleRule.birthMonth(p).withFirstCycleMinMonths(f));
        Arbitrary<CycleRule> anniversary = period.map(CycleRule::issueAnniversary);
        Arbitrary<CycleRule> expiration = Combinators.combine(period, firstMin)
                .as((p, f) -> CycleRule.expirationDate(p).withFirstCycleMinMonths(f));
        Arbitrary<CycleRule> fixed = Combinators.combine(period, firstMin, Arbitraries.integers().between(1, 12),
                        Arbitraries.integers().between(1, 28), Arbitraries.integers().between(1990, 2030))
                .as((p, f, m, d, y) -> CycleRule.fixedDate(MonthDay.of(m, d), p, y).withFirstCycleMinMonths(f));
        Arbitrary<CycleRule> yearBefore = Combinators.combine(period, firstMin)
                .as((p, f) -> CycleRule.yearBeforeExpiration(p).withFirstCycleMinMonths(f));
        return Arbitraries.oneOf(birth, anniversary, expiration, fixed, yearBefore);
    }

    @Provide
    Arbitrary<License> licenses() {
        Arbitrary<LocalDate> dates = Arbitraries.integers().between(0, 20000).map(EPOCH::plusDays);
        return Combinators.combine(dates, dates, Arbitraries.integers().between(30, 5000))
                .as((issued, birth, expiresAfter) -> License.of(Jurisdiction.US_CA, "LCSW", issued)
                        .withBirthDate(birth).withExpiresOn(issued.plusDays(expiresAfter)));
    }
}
