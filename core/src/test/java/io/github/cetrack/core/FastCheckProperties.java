package io.github.cetrack.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cetrack.core.internal.Validation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The plain-Java pre-check accepts exactly what the Jakarta Validation constraints accept. */
class FastCheckProperties {

    @Property(tries = 2000)
    void agreesWithTheValidatorOnActivities(@ForAll("activities") CeActivity activity) {
        assertThat(Validation.isValidByFastCheck(activity)).as("%s", activity)
                .isEqualTo(Validation.isValidByValidator(activity));
    }

    @Property(tries = 2000)
    void agreesWithTheValidatorOnLicenses(@ForAll("licenses") License license) {
        assertThat(Validation.isValidByFastCheck(license)).as("%s", license)
                .isEqualTo(Validation.isValidByValidator(license));
    }

    @Property(tries = 500)
    void agreesWithTheValidatorOnCycles(@ForAll("dates") LocalDate start, @ForAll("dates") LocalDate end) {
        RenewalCycle cycle = new RenewalCycle(start, end);
        assertThat(Validation.isValidByFastCheck(cycle)).isEqualTo(Validation.isValidByValidator(cycle));
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.of(null, LocalDate.of(1899, 12, 31), LocalDate.of(1900, 1, 1), LocalDate.of(2025, 3, 14),
                LocalDate.of(2025, 3, 15), LocalDate.of(2199, 12, 31), LocalDate.of(2200, 1, 1), LocalDate.of(20250, 1, 1));
    }

    Arbitrary<String> text(int limit) {
        return Arbitraries.of(null, "", "   ", "Ethics", " x ", "é", "a".repeat(limit), "a".repeat(limit + 1));
    }

    Arbitrary<Set<String>> codes() {
        return Arbitraries.of(Set.of(), Set.of("ethics"), Set.of("law_and_ethics", "a1"), Set.of("Bad Code!"),
                Set.of("1abc"), Set.of("a".repeat(40)), Set.of("a".repeat(41)));
    }

    // Known topics, an alias, a typo, a malformed code and a code too long to be one.
    Arbitrary<Set<String>> topics() {
        return Arbitraries.of(Set.of(), Set.of("ethics"), Set.of("ethics", "laws_and_rules"), Set.of("law_and_ethics"),
                Set.of("suicide_risk_asessment"), Set.of("ethics", "foo_bar"), Set.of("Bad Code!"),
                Set.of("a".repeat(41)));
    }

    // Known approvals, a code the vocabulary lacks, a typo and a malformed code.
    Arbitrary<Set<String>> approvals() {
        return Arbitraries.of(Set.of(), Set.of("apa"), Set.of("aswb_ace", "nbcc"), Set.of("aswb"),
                Set.of("nasw_ca", "nasw_cal"), Set.of("1abc"), Set.of("Bad Code!"));
    }

    @Provide
    Arbitrary<CeActivity> activities() {
        Arbitrary<BigDecimal> hours = Arbitraries.of(null, "-0.01", "0", "1.5", "1.50", "1.005", "9999.99", "10000",
                "100.0", "0.001", "1E+2", "12.340").map(s -> s == null ? null : new BigDecimal(s));
        Arbitrary<Certificate> certificates = Arbitraries.of(null,
                new Certificate("a".repeat(64), "application/pdf", 10, "c.pdf"),
                new Certificate("A".repeat(64), "application/pdf", 10, null),
                new Certificate("g".repeat(64), "application/pdf", 10, null),
                new Certificate(null, "application/pdf", 10, null),
                new Certificate("a".repeat(64), " ", 10, null),
                new Certificate("a".repeat(64), "image/png", -1, null),
                new Certificate("a".repeat(64), "image/png", 0, "x".repeat(256)));
        return Combinators.combine(text(64), text(300), text(200), approvals(), dates(), dates(), hours,
                        Arbitraries.of(HourUnit.class).injectNull(0.1))
                .as((id, title, provider, approvals, started, completed, h, unit) ->
                        new CeActivity(id, title, provider, approvals, started, completed, h, unit,
                                DeliveryFormat.IN_PERSON, null, Set.of(), null))
                .flatMap(a -> Combinators.combine(topics(), certificates,
                                Arbitraries.of(DeliveryFormat.class).injectNull(0.1))
                        .as((topics, certificate, format) -> new CeActivity(a.id(), a.title(), a.provider(),
                                a.approvals(), a.startedOn(), a.completedOn(), a.hours(), a.unit(), format, a.kind(),
                                topics, certificate)));
    }

    @Provide
    Arbitrary<License> licenses() {
        Arbitrary<String> types = Arbitraries.of(null, "", " ", "LCSW", "lpcc", "LMFT-A", "L P", "A".repeat(20),
                "A".repeat(21), "PSY!");
        return Combinators.combine(text(200), Arbitraries.of(Jurisdiction.class).injectNull(0.1), types, text(40),
                        dates(), dates(), dates(), codes())
                .as(License::new);
    }
}
