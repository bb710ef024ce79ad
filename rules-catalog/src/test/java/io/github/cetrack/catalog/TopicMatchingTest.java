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
    void everyCategoryOfTheCatalogueStandsForAtLeastOneTopic() {
        Catalog catalog = ENGINE.catalog();
        for (LicenseType type : catalog.licenseTypes()) {
            for (LocalDate date : catalog.effectiveDates(type)) {
                for (Set<String> roles : List.of(Set.<String>of(), catalog.roles(type))) {
                    var set = catalog.requirements(type, date.plusYears(1), roles);
                    List<String> categories = set.requirements().stream().map(TopicMatchingTest::category)
                            .filter(c -> c != null).toList();
                    assertThat(categories).as("%s %s on %s", type.jurisdiction(), type.code(), date)
                            .allSatisfy(c -> assertThat(Topics.meaning(c)).as(c).isNotEmpty());
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

    private static String category(Requirement r) {
        return r instanceof Requirement.CategoryMinimum m ? m.category()
                : r instanceof Requirement.CategoryCap c ? c.category()
                : r instanceof Requirement.OneTime o ? o.category()
                : r instanceof Requirement.Periodic p ? p.category() : null;
    }
}
