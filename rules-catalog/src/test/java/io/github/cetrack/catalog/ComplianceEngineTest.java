package io.github.cetrack.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cetrack.core.CeActivity;
import io.github.cetrack.core.DeliveryFormat;
import io.github.cetrack.core.Evaluation;
import io.github.cetrack.core.InvalidInputException;
import io.github.cetrack.core.Jurisdiction;
import io.github.cetrack.core.License;
import io.github.cetrack.core.LicenseType;
import io.github.cetrack.core.RenewalCycle;
import io.github.cetrack.core.Requirement;
import io.github.cetrack.core.json.CetrackJson;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ComplianceEngineTest {

    static final ComplianceEngine ENGINE =
            ComplianceEngine.create(Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"), ZoneOffset.UTC));

    static License caLcsw() {
        return License.of(Jurisdiction.US_CA, "LCSW", LocalDate.of(2012, 3, 10)).withExpiresOn(LocalDate.of(2026, 3, 31));
    }

    static CeActivity course(String title, String date, String hours, DeliveryFormat format, String... topics) {
        return CeActivity.of(title, "PESI", LocalDate.parse(date), new BigDecimal(hours), format)
                .withApprovals(Set.of("apa")).withTopics(Set.of(topics));
    }

    @Test
    void theCurrentCycleEndsOnTheExpirationDate() {
        assertThat(ENGINE.currentCycle(caLcsw()))
                .isEqualTo(new RenewalCycle(LocalDate.of(2024, 4, 1), LocalDate.of(2026, 3, 31)));
    }

    @Test
    void aCycleEndingOnThePrintedDateNeedsTheExpirationDate() {
        License noExpiry = License.of(Jurisdiction.US_TX, "LPC", LocalDate.of(2015, 1, 1));
        assertThatThrownBy(() -> ENGINE.currentCycle(noExpiry)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("expires_on: is required");
    }

    @Test
    void countsOnlyHoursInsideTheCycle() {
        Evaluation e = ENGINE.evaluate(caLcsw(), List.of(
                course("Ethics", "2025-01-10", "6", DeliveryFormat.LIVE_ONLINE, "ethics", "laws_and_rules"),
                course("Old course", "2023-01-10", "30", DeliveryFormat.IN_PERSON)));
        assertThat(e.requirements()).filteredOn(r -> r.kind() == io.github.cetrack.core.RequirementKind.TOTAL_HOURS).singleElement()
                .satisfies(r -> assertThat(r.counted()).isEqualByComparingTo("6"));
        assertThat(e.activities()).filteredOn(a -> a.title().equals("Old course")).singleElement()
                .satisfies(a -> assertThat(a.reason()).isEqualTo(Evaluation.Reason.OUTSIDE_CYCLE));
        assertThat(e.status()).isEqualTo(Evaluation.Status.INCOMPLETE);
        assertThat(e.findings()).anySatisfy(f -> {
            assertThat(f.code()).isEqualTo(Evaluation.FindingCode.TOTAL_SHORT);
            assertThat(f.message()).startsWith("30 more hours of CE needed by 2026-03-31");
            assertThat(f.citation().citation()).isEqualTo("16 CCR § 1887.3(a)");
            assertThat(f.citation().rule()).isEqualTo("US-CA BBS total hours");
        });
    }

    @Test
    void everyRequirementCarriesItsCitationSourceAndRule() {
        Evaluation e = ENGINE.evaluate(caLcsw(), List.of());
        assertThat(e.requirements()).isNotEmpty().allSatisfy(r -> {
            assertThat(r.citation().citation()).isNotBlank();
            assertThat(r.citation().source()).startsWith("https://");
            assertThat(r.citation().rule()).startsWith("US-CA ");
            assertThat(r.citation().verified()).isNotNull();
        });
    }

    @Test
    void theSameInputGivesByteIdenticalJsonWhateverTheActivityOrder() {
        List<CeActivity> activities = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            activities.add(course("Course " + (i % 5), "2025-0" + (1 + i % 9) + "-1" + (i % 9), (i % 4 + 1) + ".5",
                    DeliveryFormat.values()[i % 3], i % 2 == 0 ? "laws_and_rules" : "telehealth").withId("c" + i));
        }
        String expected = CetrackJson.write(ENGINE.evaluate(caLcsw(), activities));
        for (int seed = 0; seed < 5; seed++) {
            List<CeActivity> shuffled = new ArrayList<>(activities);
            Collections.shuffle(shuffled, new Random(seed));
            String actual = CetrackJson.write(ENGINE.evaluate(caLcsw(), shuffled));
            assertThat(actual).isEqualTo(expected);
        }
    }

    @Test
    void batchEvaluationMatchesOneByOneInOrder() {
        List<EvaluationRequest> requests = IntStream.range(0, 200).mapToObj(i -> EvaluationRequest.of(
                License.of(i % 2 == 0 ? Jurisdiction.US_TX : Jurisdiction.US_NY, i % 2 == 0 ? "LPC" : "LMHC",
                        LocalDate.of(2010, 1, 1)).withExpiresOn(LocalDate.of(2026, 1 + i % 12, 28)),
                List.of(course("Ethics " + i, "2025-06-01", String.valueOf(i % 30), DeliveryFormat.SELF_STUDY, "ethics")
                        .withApprovals(Set.of("bhec_listed_provider", "nysed"))))).toList();
        List<Evaluation> batch = ENGINE.evaluateAll(requests);
        assertThat(batch).hasSize(200);
        for (int i = 0; i < requests.size(); i += 17) {
            EvaluationRequest r = requests.get(i);
            assertThat(batch.get(i)).isEqualTo(ENGINE.evaluate(r.license(), r.activities()));
        }
        assertThat(ENGINE.evaluateAll(requests.stream()).toList()).isEqualTo(batch);
    }

    @Test
    void aBatchNamesTheRequestThatFailed() {
        List<EvaluationRequest> requests = List.of(EvaluationRequest.of(caLcsw(), List.of()),
                EvaluationRequest.of(caLcsw(), List.of(course("Bad", "2025-01-01", "-1", DeliveryFormat.IN_PERSON))));
        assertThatThrownBy(() -> ENGINE.evaluateAll(requests)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("requests[1].activities[0].hours: must not be negative");
    }

    @Test
    void sixCopiesOfOneCourseAreRefusedNotCountedSixTimes() {
        CeActivity ethics = course("Ethics", "2025-01-10", "6", DeliveryFormat.LIVE_ONLINE, "ethics").withId("a1");
        List<CeActivity> copies = java.util.Collections.nCopies(6, ethics);
        assertThatThrownBy(() -> ENGINE.evaluate(caLcsw(), copies)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.violations()).extracting(v -> v.describe()).containsExactly(
                        "activities[1].id: must not repeat the id of activities[0] (was \"a1\")",
                        "activities[2].id: must not repeat the id of activities[0] (was \"a1\")",
                        "activities[3].id: must not repeat the id of activities[0] (was \"a1\")",
                        "activities[4].id: must not repeat the id of activities[0] (was \"a1\")",
                        "activities[5].id: must not repeat the id of activities[0] (was \"a1\")"));
        assertThatThrownBy(() -> ENGINE.evaluateAll(List.of(EvaluationRequest.of(caLcsw(), copies))))
                .hasMessageContaining("requests[0].activities[1].id: must not repeat");
        // Activities without ids are distinct courses: two alike still count.
        assertThat(ENGINE.evaluate(caLcsw(), List.of(ethics.withId(null), ethics.withId(null))).activities()).hasSize(2);
    }

    @Test
    void aMissingLicenceIsNamedNotANullPointer() {
        assertThatThrownBy(() -> ENGINE.evaluate(null, List.of())).isInstanceOf(InvalidInputException.class)
                .hasMessage("invalid input: license: is required");
    }

    @Test
    void unknownLicenceTypesAreNamedWithTheKnownOnes() {
        License unknown = License.of(Jurisdiction.US_CA, "LPC", LocalDate.of(2012, 1, 1)).withExpiresOn(LocalDate.of(2026, 1, 31));
        assertThatThrownBy(() -> ENGINE.evaluate(unknown, List.of())).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("license_type: is not a licence type of US-CA")
                .hasMessageContaining("LPCC");
        License noCatalogue = License.of(Jurisdiction.US_WY, "LPC", LocalDate.of(2012, 1, 1));
        assertThatThrownBy(() -> ENGINE.evaluate(noCatalogue, List.of())).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("jurisdiction: is not covered by the catalogue yet: Not researched yet");
    }

    @Test
    void coverageListsAllFiftyOneJurisdictionsWithTheirConfidenceOrWhyNot() {
        List<Coverage> coverage = ENGINE.catalog().coverage();
        assertThat(coverage).hasSize(51 * io.github.cetrack.core.Profession.values().length);
        assertThat(coverage.stream().map(Coverage::jurisdiction).distinct()).hasSize(51);
        Coverage texasPsychology = coverage.stream().filter(c -> c.jurisdiction() == Jurisdiction.US_TX
                && c.profession() == io.github.cetrack.core.Profession.PSYCHOLOGY).findFirst().orElseThrow();
        assertThat(texasPsychology.types()).containsExactly("PSYCHOLOGIST");
        assertThat(texasPsychology.confidence()).isEqualTo(io.github.cetrack.core.Confidence.SECONDARY);
        Coverage texasSocialWork = coverage.stream().filter(c -> c.jurisdiction() == Jurisdiction.US_TX
                && c.profession() == io.github.cetrack.core.Profession.CLINICAL_SOCIAL_WORK).findFirst().orElseThrow();
        assertThat(texasSocialWork.confidence()).isEqualTo(io.github.cetrack.core.Confidence.OFFICIAL);
        assertThat(coverage).filteredOn(c -> c.jurisdiction() == Jurisdiction.US_FL)
                .allSatisfy(c -> assertThat(c.reason()).contains("64B4-6.001"))
                .noneMatch(Coverage::covered);
        assertThat(coverage).filteredOn(c -> !c.covered()).allSatisfy(c -> assertThat(c.reason()).isNotBlank());
    }

    @Test
    void invalidInputIsReportedAllAtOnceBeforeAnythingIsEvaluated() {
        License bad = new License(null, Jurisdiction.US_CA, "LCSW", null, null, null, null, Set.of());
        CeActivity negative = course("Bad", "2025-01-01", "-1", DeliveryFormat.IN_PERSON);
        assertThatThrownBy(() -> ENGINE.evaluate(bad, List.of(negative))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("license.first_issued_on: must not be null")
                .hasMessageContaining("activities[0].hours: must not be negative");
    }

    @Test
    void cyclesOutsideTheCatalogueAreRefusedNotPassed() {
        License old = caLcsw().withExpiresOn(LocalDate.of(2014, 3, 31));
        assertThatThrownBy(() -> ENGINE.evaluate(old, List.of())).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("is not covered by the catalogue");
    }

    @Test
    void carryOverCountsPreviousCycleExcessUpToTheLimit() {
        License lpc = License.of(Jurisdiction.US_TX, "LPC", LocalDate.of(2010, 1, 1)).withExpiresOn(LocalDate.of(2026, 4, 30));
        CeActivity lastCycle = course("Big conference", "2024-03-01", "40", DeliveryFormat.IN_PERSON)
                .withApprovals(Set.of("bhec_listed_provider"));
        CeActivity thisCycle = course("Ethics", "2025-03-01", "6", DeliveryFormat.IN_PERSON, "ethics")
                .withApprovals(Set.of("bhec_listed_provider"));
        CeActivity diversity = course("Diversity", "2025-04-01", "3", DeliveryFormat.IN_PERSON, "cultural_competence")
                .withApprovals(Set.of("bhec_listed_provider"));
        Evaluation e = ENGINE.evaluate(lpc, List.of(lastCycle, thisCycle, diversity));
        Evaluation.RequirementResult total = e.requirements().stream().filter(r -> r.kind() == io.github.cetrack.core.RequirementKind.TOTAL_HOURS)
                .findFirst().orElseThrow();
        // 40 hours last cycle against 24 required: 16 excess, of which at most 10 carry over.
        assertThat(total.counted()).isEqualByComparingTo("19");
        assertThat(total.remaining()).isEqualByComparingTo("5");
        assertThat(e.findings()).anyMatch(f -> f.code() == Evaluation.FindingCode.CARRIED_OVER);
    }

    @Test
    void theCatalogueShowsRulesInForceOnADate() {
        Catalog catalog = ENGINE.catalog();
        var lcsw = catalog.licenseType(Jurisdiction.US_CA, "lcsw").orElseThrow();
        assertThat(catalog.requirements(lcsw, LocalDate.of(2026, 6, 30), Set.of()).all(Requirement.TotalHours.class))
                .singleElement().satisfies(t -> assertThat(t.hours()).isEqualByComparingTo("36"));
        assertThat(catalog.firstCycleRequirements(lcsw, LocalDate.of(2023, 6, 30), Set.of())
                .all(Requirement.TotalHours.class)).singleElement()
                .satisfies(t -> assertThat(t.hours()).isEqualByComparingTo("18"));
        assertThat(catalog.effectiveDates(lcsw)).contains(LocalDate.of(2023, 7, 1), LocalDate.of(2021, 1, 1));
        var txLmft = catalog.licenseType(Jurisdiction.US_TX, "LMFT").orElseThrow();
        assertThat(catalog.roles(txLmft)).containsExactly("supervisor", "telehealth");
        assertThat(catalog.licenseTypes()).extracting(LicenseType::key)
                .contains("US-CA LCSW", "US-NY LMHC", "US-TX LPC")
                .hasSameSizeAs(catalog.coverage().stream().flatMap(c -> c.types().stream()).toList());
    }

    @Test
    void theCatalogueExportsEveryTypeWithDatedVersionsAndCitations() throws Exception {
        String json = ENGINE.catalog().exportJson();
        var root = CetrackJson.mapper().readTree(json);
        assertThat(root.get("license_types")).hasSize(ENGINE.catalog().licenseTypes().size());
        var psychologist = root.get("license_types").findParents("code").stream()
                .filter(n -> n.path("code").asText().equals("PSYCHOLOGIST") && n.path("jurisdiction").asText().equals("US-CA"))
                .findFirst().orElseThrow();
        assertThat(psychologist.get("versions").size()).isGreaterThanOrEqualTo(3);
        assertThat(json).contains("\"citation\" : \"16 CCR § 1397.61.1(b)\"", "\"cycles_ending_from\" : \"2024-01-01\"");
        assertThat(ENGINE.catalog().exportJson()).isEqualTo(json);
    }

    // The export is what maintainers and auditors read: every cycle must find its rules there,
    // including rules keyed on the cycle's start (New York's boundaries course from 2023-04-01).
    @Test
    void theExportGivesEveryMonthEndTheRequirementsTheEngineResolves() throws Exception {
        Catalog catalog = ENGINE.catalog();
        var mapper = CetrackJson.mapper();
        var exported = mapper.readTree(catalog.exportJson()).get("license_types");
        int checked = 0;
        for (LicenseType type : catalog.licenseTypes()) {
            var node = exported.findParents("code").stream()
                    .filter(n -> n.path("code").asText().equals(type.code())
                            && n.path("jurisdiction").asText().equals(type.jurisdiction().code()))
                    .findFirst().orElseThrow();
            for (LocalDate end = LocalDate.of(2010, 1, 31); end.isBefore(LocalDate.of(2033, 1, 1));
                    end = end.plusDays(1).plusMonths(1).minusDays(1)) {
                com.fasterxml.jackson.databind.JsonNode version = null;
                for (var v : node.get("versions")) {
                    if (v.get("cycles_ending_from").isNull() || !LocalDate.parse(v.get("cycles_ending_from").asText()).isAfter(end)) {
                        version = v;
                    }
                }
                if (version == null) {
                    continue;
                }
                String where = type.key() + " ending " + end;
                assertThat(version.get("requirements").toString()).as(where)
                        .isEqualTo(json(catalog.requirements(type, end, Set.of())));
                var first = version.has("first_cycle_requirements") ? version.get("first_cycle_requirements")
                        : version.get("requirements");
                assertThat(first.toString()).as(where + " (first cycle)")
                        .isEqualTo(json(catalog.firstCycleRequirements(type, end, Set.of())));
                for (String role : catalog.roles(type)) {
                    assertThat(version.get("requirements_by_role").get(role).toString()).as(where + " as " + role)
                            .isEqualTo(json(catalog.requirements(type, end, Set.of(role))));
                }
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(2_000);
        assertThat(catalog.exportJson()).contains("professional_boundaries");
    }

    // Both sides through the same parser and the element type, so that numbers compare by their
    // text and each requirement keeps its "type".
    private static String json(io.github.cetrack.core.RequirementSet set) throws Exception {
        var mapper = CetrackJson.mapper();
        return mapper.readTree(mapper.writerFor(new com.fasterxml.jackson.core.type.TypeReference<
                java.util.List<io.github.cetrack.core.Requirement>>() {}).writeValueAsString(set.requirements())).toString();
    }

    @Test
    void aRuleKeyedOnTheCycleStartIsProbedAtTheFirstEndOfACycleStartingThen() {
        assertThat(Catalog.firstEndStartingFrom(LocalDate.of(2023, 4, 1), 36)).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(Catalog.firstEndStartingFrom(LocalDate.of(2024, 1, 1), 24)).isEqualTo(LocalDate.of(2025, 12, 31));
        // Month arithmetic clamps at month ends: 2024-02-29 + 24 months - 1 day falls a day short.
        assertThat(Catalog.firstEndStartingFrom(LocalDate.of(2024, 2, 29), 24)).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(Catalog.firstEndStartingFrom(LocalDate.of(2025, 1, 31), 1)).isEqualTo(LocalDate.of(2025, 2, 28));
    }
}
