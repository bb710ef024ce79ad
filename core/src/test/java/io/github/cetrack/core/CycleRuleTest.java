package io.github.cetrack.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;

class CycleRuleTest {

    static final License ISSUED_2019_06_15 = License.of(Jurisdiction.US_CA, "LCSW", LocalDate.of(2019, 6, 15))
            .withBirthDate(LocalDate.of(1980, 2, 10));

    @Test
    void birthMonthCyclesEndOnTheLastDayOfTheBirthMonth() {
        CycleRule rule = CycleRule.birthMonth(24);
        assertThat(rule.cycleContaining(ISSUED_2019_06_15, LocalDate.of(2019, 7, 1)))
                .isEqualTo(new RenewalCycle(LocalDate.of(2019, 6, 15), LocalDate.of(2020, 2, 29)));
        assertThat(rule.cycleContaining(ISSUED_2019_06_15, LocalDate.of(2021, 5, 1)))
                .isEqualTo(new RenewalCycle(LocalDate.of(2020, 3, 1), LocalDate.of(2022, 2, 28)));
    }

    @Test
    void aLongerFirstCycleMovesTheFirstEnd() {
        CycleRule rule = CycleRule.birthMonth(24).withFirstCycleMinMonths(12);
        assertThat(rule.cycleContaining(ISSUED_2019_06_15, LocalDate.of(2019, 7, 1)).end())
                .isEqualTo(LocalDate.of(2021, 2, 28));
    }

    @Test
    void anniversaryCyclesEndTheDayBeforeTheAnniversary() {
        assertThat(CycleRule.issueAnniversary(24).cycleContaining(ISSUED_2019_06_15, LocalDate.of(2022, 1, 1)))
                .isEqualTo(new RenewalCycle(LocalDate.of(2021, 6, 15), LocalDate.of(2023, 6, 14)));
    }

    @Test
    void fixedDateCyclesEndOnTheSameDayInAlignedYears() {
        CycleRule oddYears = CycleRule.fixedDate(MonthDay.of(12, 31), 24, 2025);
        assertThat(oddYears.cycleContaining(ISSUED_2019_06_15, LocalDate.of(2024, 1, 1)))
                .isEqualTo(new RenewalCycle(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31)));
        assertThat(oddYears.cycleContaining(ISSUED_2019_06_15, LocalDate.of(2019, 6, 15)).end())
                .isEqualTo(LocalDate.of(2019, 12, 31));
    }

    @Test
    void expirationDateCyclesEndOnThePrintedDate() {
        License license = ISSUED_2019_06_15.withExpiresOn(LocalDate.of(2027, 6, 30));
        assertThat(CycleRule.expirationDate(24).cycleContaining(license, LocalDate.of(2027, 6, 30)))
                .isEqualTo(new RenewalCycle(LocalDate.of(2025, 7, 1), LocalDate.of(2027, 6, 30)));
    }

    @Test
    void calendarYearCyclesEndTheYearBeforeTheRenewalYear() {
        // A Tennessee psychologist renewing in May 2026 counts CE from 2024-01-01 to 2025-12-31.
        License license = ISSUED_2019_06_15.withExpiresOn(LocalDate.of(2026, 5, 31));
        CycleRule rule = CycleRule.yearBeforeExpiration(24);
        assertThat(rule.cycleContaining(license, LocalDate.of(2025, 3, 1)))
                .isEqualTo(new RenewalCycle(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31)));
        assertThat(rule.cycleContaining(license, LocalDate.of(2026, 1, 1)))
                .isEqualTo(new RenewalCycle(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31)));
        assertThat(rule.cycleContaining(license, LocalDate.of(2019, 6, 15)))
                .isEqualTo(new RenewalCycle(LocalDate.of(2019, 6, 15), LocalDate.of(2019, 12, 31)));
        assertThat(rule.cycleForRenewal(license, license.expiresOn()))
                .as("the renewal in May 2026 is judged on the CE of 2024 and 2025")
                .isEqualTo(new RenewalCycle(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31)));
        License newcomer = License.of(Jurisdiction.US_TN, "PSYCHOLOGIST", LocalDate.of(2026, 2, 1))
                .withExpiresOn(LocalDate.of(2026, 5, 31));
        assertThat(rule.cycleForRenewal(newcomer, newcomer.expiresOn()).start()).isEqualTo(newcomer.firstIssuedOn());
        assertThat(CycleRule.expirationDate(24).cycleForRenewal(license, license.expiresOn()).end())
                .isEqualTo(license.expiresOn());
        License noExpiry = License.of(Jurisdiction.US_TN, "PSYCHOLOGIST", LocalDate.of(2019, 6, 15));
        assertThatThrownBy(() -> rule.cycleContaining(noExpiry, LocalDate.of(2020, 1, 1)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("expires_on: is required");
    }

    @Test
    void missingDatesAreNamed() {
        License noBirth = License.of(Jurisdiction.US_CA, "LCSW", LocalDate.of(2019, 6, 15));
        assertThatThrownBy(() -> CycleRule.birthMonth(24).cycleContaining(noBirth, LocalDate.of(2020, 1, 1)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("birth_date: is required");
        assertThatThrownBy(() -> CycleRule.expirationDate(24).cycleContaining(noBirth, LocalDate.of(2020, 1, 1)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("expires_on: is required");
        assertThatThrownBy(() -> CycleRule.birthMonth(24).cycleContaining(ISSUED_2019_06_15, LocalDate.of(2019, 1, 1)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("before the licence was first issued");
    }
}
