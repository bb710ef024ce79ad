package io.github.cetrack.examples.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cetrack.catalog.ComplianceEngine;
import io.github.cetrack.core.CeActivity;
import io.github.cetrack.core.License;
import io.github.cetrack.core.RenewalCycle;
import io.github.cetrack.core.store.StoredLicense;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The generated roster: plausible learners, the same for the same seed and index. */
class RosterTest {

    private static final ComplianceEngine ENGINE = ComplianceEngine.create();

    @Test
    void learnersHoldLicencesInDifferentStatesAndTookCeInTheirCycles() {
        Roster roster = new Roster(ENGINE, 3);
        List<Roster.Learner> learners = LongStream.range(0, 300).mapToObj(i -> roster.learner(i, Integer.MAX_VALUE)).toList();
        for (Roster.Learner l : learners) {
            assertThat(l.licenses()).hasSizeBetween(1, 4);
            assertThat(l.licenses().stream().map(s -> s.license().jurisdiction()).distinct()).hasSameSizeAs(l.licenses());
            assertThat(l.licenses()).allMatch(s -> s.holderId().equals(l.id()) && s.license().holder().equals(l.name()));
            assertThat(l.activities()).hasSizeBetween(5, 30);
            List<RenewalCycle> cycles = l.licenses().stream().map(s -> ENGINE.currentCycle(s.license())).toList();
            for (CeActivity a : l.activities()) {
                assertThat(cycles).as(a.toString()).anyMatch(c -> c.contains(a.completedOn()));
                assertThat(a.id()).startsWith(l.id() + "-a");
                assertThat(a.approvals()).isNotEmpty();
            }
        }
        // Every state whose current cycles the catalogue covers, and every profession, shows up, with
        // some learners licensed in more than one state.
        assertThat(learners.stream().flatMap(l -> l.licenses().stream()).map(s -> s.license().jurisdiction()).distinct())
                .containsExactlyInAnyOrderElementsOf(ENGINE.catalog().licenseTypes().stream()
                        .filter(t -> roster.covered(License.of(t.jurisdiction(), t.code(), java.time.LocalDate.of(2010, 1, 1))
                                .withExpiresOn(java.time.LocalDate.of(2026, 6, 30))))
                        .map(t -> t.jurisdiction()).distinct().toList());
        assertThat(learners.stream().flatMap(l -> l.licenses().stream())
                .map(s -> ENGINE.catalog().licenseType(s.license().jurisdiction(), s.license().licenseType()).orElseThrow()
                        .profession()).distinct()).hasSize(io.github.cetrack.core.Profession.values().length);
        assertThat(learners).anyMatch(l -> l.licenses().size() > 1).anyMatch(l -> l.licenses().size() == 1);
        assertThat(learners).anyMatch(l -> l.activities().stream().anyMatch(a -> !a.topics().isEmpty()));
        // Every activity is valid input: its topics and approvals are codes of the vocabularies.
        assertThat(learners.stream().flatMap(l -> l.activities().stream()))
                .allSatisfy(a -> io.github.cetrack.core.Inputs.check(a));
    }

    @Test
    void aLearnerDependsOnlyOnSeedAndIndex() {
        Roster roster = new Roster(ENGINE, 11);
        assertThat(new Roster(ENGINE, 11).learner(57, 9)).isEqualTo(roster.learner(57, 9));
        assertThat(new Roster(ENGINE, 12).learner(57, 9)).isNotEqualTo(roster.learner(57, 9));
        assertThat(roster.learner(57, 9).licenses()).hasSize(roster.licenceCount(57));
        List<StoredLicense> cut = roster.learner(57, 1).licenses();
        assertThat(cut).hasSize(1).isSubsetOf(roster.learner(57, 9).licenses());
    }
}
