package io.github.cetrack.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cetrack.core.CeActivity;
import io.github.cetrack.core.DeliveryFormat;
import io.github.cetrack.core.Evaluation;
import io.github.cetrack.core.Jurisdiction;
import io.github.cetrack.core.License;
import io.github.cetrack.core.LicenseType;
import io.github.cetrack.core.Requirement;
import io.github.cetrack.core.Topics;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Activities carry topics; a board's category counts those whose topics its code stands for. */
class TopicMatchingTest {

    static final ComplianceEngine ENGINE = ComplianceEngineTest.ENGINE;

    static CeActivity course(String title, String hours, String approval, String... topics) {
        return CeActivity.of(title, "Provider", LocalDate.of(2025, 5, 1), new BigDecimal(hours), DeliveryFormat.LIVE_ONLINE)
                .withApprovals(Set.of(approval)).withTopics(Set.of(topics)).withId(title);
    }

    static Evaluation.RequirementResult result(Evaluation e, String category) {
        return e.requirements().stream().filter(r -> category.equals(r.category())).findFirst().orElseThrow();
    }

    @Test
    void everyCategoryOfTheCatalogListsKnownTopics() {
        Catalog catalog = ENGINE.catalog();
        for (LicenseType type : catalog.licenseTypes()) {
            for (LocalDate date : catalog.effectiveDates(type)) {
                for (Set<String> roles : List.of(Set.<String>of(), catalog.roles(type))) {
                    var set = catalog.requirements(type, date.plusYears(1), roles);
                    List<Set<String>> topics = set.requirements().stream().map(TopicMatchingTest::topics)
                            .filter(t -> t != null).toList();
                    assertThat(topics).as("%s %s on %s", type.jurisdiction(), type.code(), date)
                            .allSatisfy(t -> assertThat(t).isNotEmpty().allMatch(Topics::isKnown));
                }
            }
        }
    }

    @Test
    void eitherTopicOfLawAndEthicsCountsTowardCaliforniasLawAndEthics() {
        License lcsw = License.of(Jurisdiction.US_CA, "LCSW", LocalDate.of(2012, 3, 10))
                .withExpiresOn(LocalDate.of(2026, 3, 31));
        Evaluation e = ENGINE.evaluate(lcsw, List.of(course("Ethics", "3", "nasw_ca", "ethics"),
                course("Laws", "2", "nasw_ca", "laws_and_rules"), course("Both", "1", "nasw_ca", "ethics", "laws_and_rules"),
                course("Trauma", "4", "nasw_ca", "trauma")));
        assertThat(result(e, "law_and_ethics").counted()).isEqualByComparingTo("6");
        assertThat(e.activities()).filteredOn(a -> a.id().equals("Both")).singleElement()
                .satisfies(a -> assertThat(a.credited()).containsOnlyKeys("law_and_ethics"));
    }

    @Test
    void aTopicCountsTowardTheCategoryItsOlderCodeNamed() {
        License lmft = License.of(Jurisdiction.US_TX, "LMFT", LocalDate.of(2012, 3, 10))
                .withExpiresOn(LocalDate.of(2026, 3, 31)).withRoles(Set.of("telehealth"));
        Evaluation e = ENGINE.evaluate(lmft, List.of(course("Telehealth", "2", "bhec_listed_provider", "telehealth"),
                course("Diversity", "3", "bhec_listed_provider", "cultural_competence")));
        assertThat(result(e, "technology_assisted_services").remaining()).isEqualByComparingTo("0");
        assertThat(result(e, "cultural_diversity").remaining()).isEqualByComparingTo("0");
    }

    @Test
    void oneCourseTaggedEthicsCountsTowardCaliforniaTexasAndNewYorkAsEachBoardAllows() {
        CeActivity ethics = CeActivity.of("Ethics in clinical practice", "APA", LocalDate.of(2025, 5, 1),
                new BigDecimal("6"), DeliveryFormat.LIVE_ONLINE).withTopics(Set.of("ethics"))
                .withApprovals(Set.of("apa", "nysed", "bhec_listed_provider")).withId("ethics");
        Evaluation california = ENGINE.evaluate(License.of(Jurisdiction.US_CA, "LCSW", LocalDate.of(2012, 3, 10))
                .withExpiresOn(LocalDate.of(2026, 3, 31)), List.of(ethics));
        assertThat(result(california, "law_and_ethics").counted()).isEqualByComparingTo("6");
        Evaluation texas = ENGINE.evaluate(License.of(Jurisdiction.US_TX, "LPC", LocalDate.of(2012, 3, 10))
                .withExpiresOn(LocalDate.of(2026, 3, 31)), List.of(ethics));
        assertThat(result(texas, "ethics").counted()).isEqualByComparingTo("6");
        Evaluation newYork = ENGINE.evaluate(License.of(Jurisdiction.US_NY, "PSYCHOLOGIST", LocalDate.of(2012, 3, 10))
                .withExpiresOn(LocalDate.of(2026, 3, 31)), List.of(ethics));
        assertThat(result(newYork, "ethics").remaining()).isEqualByComparingTo("0");
        // New York's boundaries requirement names another topic: the ethics course does not serve it.
        assertThat(result(newYork, "professional_boundaries").counted()).isEqualByComparingTo("0");
    }

    @Test
    void aTypoedTopicIsRefusedWithTheNearestKnownOne() {
        CeActivity typo = CeActivity.of("Suicide risk", "PESI", LocalDate.of(2025, 5, 1), new BigDecimal("6"),
                DeliveryFormat.SELF_STUDY).withTopics(Set.of("suicide_risk_asessment"));
        License lcsw = License.of(Jurisdiction.US_CA, "LCSW", LocalDate.of(2012, 3, 10))
                .withExpiresOn(LocalDate.of(2026, 3, 31));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ENGINE.evaluate(lcsw, List.of(typo)))
                .isInstanceOf(io.github.cetrack.core.InvalidInputException.class)
                .hasMessageContaining("suicide_risk_asessment").hasMessageContaining("did you mean suicide_prevention");
    }

    private static Set<String> topics(Requirement r) {
        return r instanceof Requirement.CategoryMinimum m ? m.topics()
                : r instanceof Requirement.CategoryCap c ? c.topics()
                : r instanceof Requirement.OneTime o ? o.topics()
                : r instanceof Requirement.Periodic p ? p.topics() : null;
    }
}
