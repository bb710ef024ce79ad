package io.github.cetrack.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cetrack.catalog.dsl.LicenseTypes;
import io.github.cetrack.core.Confidence;
import io.github.cetrack.core.LicenseType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.kie.api.definition.rule.Rule;

/**
 * The licence-type index the build writes beside the rules says what the rules themselves say:
 * the types and citations that firing every jurisdiction's rules declares, and the dates and
 * confidence read from the metadata of every rule of the catalogue.
 */
class IndexTest {

    final RuleBase rules = RuleBase.get();
    final Resolver resolver = new Resolver(rules);

    @Test
    void theIndexedLicenceTypesAreTheOnesTheRulesDeclare() {
        List<LicenseTypes.Declared> fired = new ArrayList<>();
        for (String jurisdiction : rules.jurisdictions()) {
            List<LicenseTypes.Declared> declared = rules.fire(jurisdiction, new LicenseTypes()).declared();
            assertThat(declared).as(jurisdiction).isNotEmpty()
                    .allSatisfy(d -> assertThat(d.type().jurisdiction().code()).isEqualTo(jurisdiction));
            fired.addAll(declared);
        }
        fired.sort(Comparator.comparing((LicenseTypes.Declared d) -> d.type().jurisdiction())
                .thenComparing(d -> d.type().code()));
        assertThat(resolver.licenseTypes()).isEqualTo(fired);
    }

    @Test
    void theIndexedDatesAndConfidenceAreTheOnesOfTheRulesMetadata() {
        List<Rule> all = rules.rules();
        boolean someSecondary = false;
        boolean someDated = false;
        for (LicenseTypes.Declared declared : resolver.licenseTypes()) {
            LicenseType type = declared.type();
            SortedSet<LocalDate> dates = new TreeSet<>();
            boolean secondary = false;
            for (Rule rule : all) {
                dates.addAll(Meta.dates(rule.getMetaData(), type));
                secondary |= Meta.secondary(rule.getMetaData(), type);
            }
            assertThat(resolver.boundaries(type)).as(type.key()).isEqualTo(dates);
            assertThat(resolver.confidence(type)).as(type.key())
                    .isEqualTo(secondary ? Confidence.SECONDARY : Confidence.OFFICIAL);
            someSecondary |= secondary;
            someDated |= !dates.isEmpty();
        }
        assertThat(someSecondary).as("some type rests on secondary sources").isTrue();
        assertThat(someDated).as("some type's rules change on a date").isTrue();
    }

    @Test
    void everyRuleIsInItsJurisdictionsPackage() {
        List<Rule> all = rules.rules();
        assertThat(all).isNotEmpty();
        for (Rule rule : all) {
            String own = Meta.text(rule.getMetaData().get("jurisdiction"));
            assertThat(rule.getPackageName()).as(rule.getName())
                    .isEqualTo("io.github.cetrack.catalog.rules.data." + own.toLowerCase().replace('-', '_'));
        }
    }
}
