package io.github.cetrack.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cetrack.core.CeActivity;
import io.github.cetrack.core.Certificate;
import io.github.cetrack.core.Citation;
import io.github.cetrack.core.RequirementKind;
import io.github.cetrack.core.CycleRule;
import io.github.cetrack.core.DeliveryFormat;
import io.github.cetrack.core.Evaluation;
import io.github.cetrack.core.HourUnit;
import io.github.cetrack.core.InvalidInputException;
import io.github.cetrack.core.Jurisdiction;
import io.github.cetrack.core.License;
import io.github.cetrack.core.RenewalCycle;
import io.github.cetrack.core.Requirement;
import io.github.cetrack.core.RequirementSet;
import io.github.cetrack.core.Share;
import io.github.cetrack.core.store.StoredActivity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CetrackJsonTest {

    static final Citation CITED = Citation.of("US-CA LCSW total", "16 CCR § 1887.3(a)", "https://example.org/1887.3",
            LocalDate.of(2026, 11, 29));

    static License license() {
        return License.of(Jurisdiction.US_CA, "LCSW", LocalDate.of(2012, 3, 10)).withHolder("Sam Lee")
                .withNumber("12345").withExpiresOn(LocalDate.of(2026, 3, 31)).withRoles(Set.of("supervisor"));
    }

    static CeActivity activity() {
        return CeActivity.of("Ethics", "CAMFT", LocalDate.of(2025, 3, 14), new BigDecimal("1.5"), DeliveryFormat.SELF_STUDY)
                .withId("a1").withTopics(Set.of("ethics", "laws_and_rules")).withApprovals(Set.of("camft"))
                .withHours(new BigDecimal("1.5"), HourUnit.CEU)
                .withCertificate(Certificate.of("a".repeat(64), "application/pdf", 1234, "cert.pdf"));
    }

    @Test
    void licensesAndActivitiesRoundTripInSnakeCase() {
        String json = CetrackJson.write(activity());
        assertThat(json).contains("\"completed_on\" : \"2025-03-14\"", "\"format\" : \"self_study\"",
                "\"unit\" : \"ceu\"", "\"media_type\" : \"application/pdf\"", "\"topics\" : [ \"ethics\", \"laws_and_rules\" ]");
        assertThat(CetrackJson.read(json, CeActivity.class)).isEqualTo(activity());
        assertThat(CetrackJson.read(CetrackJson.write(license()), License.class)).isEqualTo(license());
        assertThat(CetrackJson.write(license())).contains("\"jurisdiction\" : \"US-CA\"", "\"license_type\" : \"LCSW\"");
    }

    @Test
    void aStoredActivityKeepsTheCodesNoTopicStandsForAndReadsWithoutThem() {
        StoredActivity stored = new StoredActivity("sam", activity(), 3, Set.of("foo_bar"));
        String json = CetrackJson.write(stored);
        assertThat(json).contains("\"unmapped_topics\" : [ \"foo_bar\" ]");
        assertThat(CetrackJson.read(json, StoredActivity.class)).isEqualTo(stored);
        String without = CetrackJson.write(StoredActivity.of("sam", activity())).replaceAll(",?\\s*\"unmapped_topics\" : \\[ ]", "");
        assertThat(CetrackJson.read(without, StoredActivity.class).unmappedTopics()).isEmpty();
    }

    @Test
    void everyRequirementTypeRoundTrips() {
        RequirementSet set = RequirementSet.of(List.of(
                new Requirement.TotalHours(new BigDecimal("36"), CITED),
                new Requirement.CategoryMinimum("ethics", "Ethics", Set.of("ethics"), new BigDecimal("6"), CITED),
                new Requirement.FormatCap(DeliveryFormat.SELF_STUDY, null, Share.parse("1/3"), CITED),
                new Requirement.LiveMinimum(new BigDecimal("9"), CITED),
                new Requirement.CarryOver(new BigDecimal("10"), CITED),
                new Requirement.AcceptedApprovals(Set.of("apa", "nbcc"), Share.parse("1/2"), CITED),
                new Requirement.UnitEquivalence(HourUnit.CEU, new BigDecimal("10"), CITED),
                new Requirement.FirstCycleExemption(CITED),
                new Requirement.ProratedTotal(BigDecimal.ONE, LocalDate.of(2021, 1, 1), new BigDecimal("36"), true, CITED),
                new Requirement.OneTime("suicide_risk_assessment", "Suicide risk assessment", Set.of("suicide_prevention"),
                        new BigDecimal("6"), CITED),
                new Requirement.Periodic("domestic_violence", "Domestic violence", Set.of("domestic_violence"),
                        new BigDecimal("2"), 6, CITED),
                new Requirement.CategoryOverlap(true, CITED),
                new Requirement.Note("exam", "Pass the exam", CITED)));
        String json = CetrackJson.write(set);
        assertThat(json).contains("\"type\" : \"format_cap\"", "\"share\" : \"1/3\"", "\"every_years\" : 6");
        assertThat(CetrackJson.read(json, RequirementSet.class)).isEqualTo(set);
        RequirementSet category = RequirementSet.of(List.of(
                new Requirement.CategoryCap("ethics", "Ethics", Set.of("ethics"), new BigDecimal("3"), null, CITED)));
        assertThat(CetrackJson.read(CetrackJson.write(category), RequirementSet.class)).isEqualTo(category);
    }

    @Test
    void evaluationsRoundTripAndWriteDeterministically() {
        Evaluation e = new Evaluation(license(), new RenewalCycle(LocalDate.of(2024, 4, 1), LocalDate.of(2026, 3, 31)),
                Evaluation.Status.INCOMPLETE,
                List.of(new Evaluation.RequirementResult(RequirementKind.TOTAL_HOURS, null, "at least 36 hours in total",
                        new BigDecimal("36.00"), new BigDecimal("15.00"), new BigDecimal("21.00"), CITED)),
                List.of(new Evaluation.ActivityResult("a1", "Ethics", LocalDate.of(2025, 3, 14), new BigDecimal("15.00"),
                        new BigDecimal("15.00"), Map.of("z", BigDecimal.ONE, "a", BigDecimal.TEN), null, "15 hours counted")),
                List.of(new Evaluation.Finding(Evaluation.FindingCode.TOTAL_SHORT, Evaluation.Severity.ERROR,
                        "21 more hours", null, CITED)),
                "0.1.0");
        String json = CetrackJson.write(e);
        assertThat(CetrackJson.read(json, Evaluation.class)).isEqualTo(e);
        assertThat(CetrackJson.write(CetrackJson.read(json, Evaluation.class))).isEqualTo(json);
        assertThat(json.indexOf("\"a\" : 10")).isLessThan(json.indexOf("\"z\" : 1"));
        assertThat(json).contains("\"status\" : \"incomplete\"", "\"code\" : \"total_short\"", "\"required\" : 36.00");
    }

    @Test
    void cycleRulesRoundTrip() {
        CycleRule rule = CycleRule.fixedDate(MonthDay.of(12, 31), 24, 2025).withFirstCycleMinMonths(6);
        assertThat(CetrackJson.read(CetrackJson.write(rule), CycleRule.class)).isEqualTo(rule);
    }

    @Test
    void unknownFieldsAreRejectedByName() {
        assertThatThrownBy(() -> CetrackJson.read("{\"title\":\"x\",\"colour\":\"red\"}", CeActivity.class))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("colour: is not a known field")
                .hasMessageContaining("completed_on");
    }

    @Test
    void malformedJsonNamesTheLine() {
        assertThatThrownBy(() -> CetrackJson.read("{\n\"title\": ", CeActivity.class))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("json: is not valid JSON")
                .hasMessageContaining("line 2");
    }

    @Test
    void badValuesNameTheFieldAndTheExpectedType() {
        assertThatThrownBy(() -> CetrackJson.read("{\"completed_on\":\"20250-01-01\"}", CeActivity.class))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("completed_on: is not a valid date");
        assertThatThrownBy(() -> CetrackJson.read("{\"format\":\"telepathy\"}", CeActivity.class))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("format: is not a valid value (one of in_person, live_online, self_study)");
        assertThatThrownBy(() -> CetrackJson.read("{\"jurisdiction\":\"US-ZZ\"}", License.class))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("jurisdiction: must be a US state or DC");
    }

    @Test
    void readValidatesWhatItParsed() {
        assertThatThrownBy(() -> CetrackJson.read("{\"title\":\"x\",\"provider\":\"p\",\"completed_on\":\"2025-01-01\","
                + "\"hours\":-3,\"format\":\"in_person\"}", CeActivity.class))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("hours: must not be negative");
    }
}
