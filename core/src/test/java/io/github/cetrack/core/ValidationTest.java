package io.github.cetrack.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ValidationTest {

    static CeActivity course() {
        return CeActivity.of("Ethics in telehealth", "CAMFT", LocalDate.of(2025, 3, 14), new BigDecimal("6"),
                DeliveryFormat.LIVE_ONLINE);
    }

    @Test
    void aValidActivityPassesUnchanged() {
        CeActivity activity = course().withTopics(Set.of("ethics", "telehealth")).withApprovals(Set.of("camft"));
        assertThat(Inputs.check(activity)).isSameAs(activity);
    }

    @Test
    void listsEveryViolationWithFieldRuleAndValue() {
        CeActivity bad = new CeActivity(null, "  ", "CAMFT", Set.of(), LocalDate.of(2025, 4, 1),
                LocalDate.of(20250, 3, 14), new BigDecimal("-1.005"), null, DeliveryFormat.SELF_STUDY, null,
                Set.of("Not A Code!"), null);
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> Inputs.check(bad));
        assertThat(e.violations()).extracting(Violation::field)
                .contains("title", "completed_on", "hours", "topics");
        assertThat(e.violations()).anySatisfy(v -> {
            assertThat(v.field()).isEqualTo("hours");
            assertThat(v.rule()).isEqualTo("must not be negative");
            assertThat(v.rejectedValue()).isEqualTo("-1.005");
        });
        assertThat(e.violations()).anySatisfy(v -> {
            assertThat(v.field()).isEqualTo("completed_on");
            assertThat(v.rule()).contains("between 1900-01-01 and 2199-12-31");
            assertThat(v.rejectedValue()).isEqualTo("+20250-03-14");
        });
        assertThat(e.getMessage()).startsWith(e.violations().size() + " invalid inputs: ");
    }

    @Test
    void anActivityMustNotStartAfterItIsCompleted() {
        CeActivity backwards = course().withStartedOn(LocalDate.of(2025, 4, 1));
        assertThatThrownBy(() -> Inputs.check(backwards)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("started_on: must not be after completed_on");
    }

    @Test
    void hoursHaveAtMostTwoDecimals() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> Inputs.check(course().withHours(new BigDecimal("1.125"), HourUnit.CLOCK_HOUR)));
        assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("hours");
            assertThat(v.rule()).contains("2 decimals");
        });
    }

    @Test
    void textIsTrimmedAndCodesNormalized() {
        CeActivity a = new CeActivity(" x1 ", "  Ethics  ", " CAMFT ", Set.of(" ASWB-ACE "), null,
                LocalDate.of(2025, 1, 1), BigDecimal.ONE, null, DeliveryFormat.IN_PERSON, null,
                Set.of("Laws and Rules"), null);
        assertThat(a.title()).isEqualTo("Ethics");
        assertThat(a.provider()).isEqualTo("CAMFT");
        assertThat(a.approvals()).containsExactly("aswb_ace");
        assertThat(a.topics()).containsExactly("laws_and_rules");
        assertThat(a.unit()).isEqualTo(HourUnit.CLOCK_HOUR);
        assertThat(a.kind()).isEqualTo(ActivityKind.COURSE);
    }

    @Test
    void aMistypedTopicOrAnUnknownApprovalIsRefusedWithTheNearestKnownCode() {
        assertThat(refusal(course().withTopics(Set.of("ethics", "suicide_risk_asessment")))).satisfies(v -> {
            assertThat(v.field()).isEqualTo("topics");
            assertThat(v.rule()).startsWith("is not a known topic; did you mean suicide_prevention?");
            assertThat(v.rejectedValue()).isEqualTo("suicide_risk_asessment");
        });
        assertThat(refusal(course().withApprovals(Set.of("aswb")))).satisfies(v -> {
            assertThat(v.field()).isEqualTo("approvals");
            assertThat(v.rule()).startsWith("is not a known provider approval; did you mean aswb_ace?");
            assertThat(v.rejectedValue()).isEqualTo("aswb");
        });
    }

    @Test
    void anOlderCodeIsRefusedWithTheTopicsItStandsFor() {
        assertThatThrownBy(() -> Inputs.check(course().withTopics(Set.of("law_and_ethics"))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("topics: is not a known topic; did you mean ethics and laws_and_rules?")
                .hasMessageContaining("(was \"law_and_ethics\")");
    }

    // The one violation that checking {@code activity} reports.
    static Violation refusal(CeActivity activity) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> Inputs.check(activity));
        assertThat(e.violations()).hasSize(1);
        return e.violations().get(0);
    }

    @Test
    void everyUnknownCodeOfAListIsNamedUnderItsElement() {
        List<CeActivity> list = List.of(course(), course().withTopics(Set.of("etics", "telehelth")));
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> Inputs.checkAll("activities", list));
        assertThat(e.violations()).extracting(Violation::describe).containsExactlyInAnyOrder(
                "activities[1].topics: is not a known topic; did you mean ethics? (`cetrack catalog topics` lists"
                        + " them) (was \"etics\")",
                "activities[1].topics: is not a known topic; did you mean telehealth? (`cetrack catalog topics`"
                        + " lists them) (was \"telehelth\")");
    }

    @Test
    void titleLengthIsLimited() {
        CeActivity longTitle = CeActivity.of("x".repeat(301), "p", LocalDate.of(2025, 1, 1), BigDecimal.ONE,
                DeliveryFormat.IN_PERSON);
        assertThatThrownBy(() -> Inputs.check(longTitle)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("title: size must be between 0 and 300");
    }

    @Test
    void aLicenseMustExpireAfterItWasIssued() {
        License license = License.of(Jurisdiction.US_TX, "lpc", LocalDate.of(2020, 1, 1))
                .withExpiresOn(LocalDate.of(2019, 1, 1));
        assertThat(license.licenseType()).isEqualTo("LPC");
        assertThatThrownBy(() -> Inputs.check(license)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("expires_on: must not be before first_issued_on");
    }

    @Test
    void aCycleMustNotEndBeforeItStarts() {
        assertThatThrownBy(() -> RenewalCycle.of(LocalDate.of(2025, 1, 2), LocalDate.of(2025, 1, 1)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("end: must not be before start");
    }

    @Test
    void checkAllNamesEachElementByIndex() {
        List<CeActivity> list = List.of(course(), course().withHours(new BigDecimal("-2"), HourUnit.CLOCK_HOUR));
        assertThatThrownBy(() -> Inputs.checkAll("activities", list)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("activities[1].hours: must not be negative");
    }

    @Test
    void unknownJurisdictionsAreRefusedByName() {
        assertThat(Jurisdiction.of("us-ny")).isEqualTo(Jurisdiction.US_NY);
        assertThat(Jurisdiction.values()).hasSize(51);
        assertThatThrownBy(() -> Jurisdiction.of("US-XX")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("jurisdiction: must be a US state or DC");
    }
}
