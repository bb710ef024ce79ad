package io.github.cetrack.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cetrack.catalog.ComplianceEngine;
import io.github.cetrack.core.CeActivity;
import io.github.cetrack.core.DeliveryFormat;
import io.github.cetrack.core.Evaluation;
import io.github.cetrack.core.Jurisdiction;
import io.github.cetrack.core.License;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Reports of evaluations the real engine produced, so that the reports read what the engine
 * writes rather than what a hand-made fixture says it writes.
 */
class EngineReportsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC);
    private static final ComplianceEngine ENGINE = ComplianceEngine.create(CLOCK);
    private static final Reports REPORTS = Reports.create(ReportOptions.iso(CLOCK));
    private static final License LCSW = License.of(Jurisdiction.US_CA, "LCSW", LocalDate.of(2012, 3, 10))
            .withExpiresOn(LocalDate.of(2026, 3, 31));

    private static CeActivity course(String id, String title, String date, String hours, Set<String> topics,
            String approval) {
        return CeActivity.of(title, "Provider " + id, LocalDate.parse(date), new BigDecimal(hours),
                DeliveryFormat.LIVE_ONLINE).withId(id).withTopics(topics).withApprovals(Set.of(approval));
    }

    private static String renewalHtml(List<CeActivity> activities) {
        Evaluation e = ENGINE.evaluate(LCSW, activities);
        return REPORTS.text(ReportData.of(e, ENGINE.catalog().licenseType(Jurisdiction.US_CA, "LCSW").orElseThrow(),
                activities), ReportKind.RENEWAL, ReportFormat.HTML);
    }

    // Law and ethics, other hours, and both one-time topics met.
    private static List<CeActivity> courses(String ethics, String other) {
        return List.of(
                course("a1", "Law and ethics update", "2025-02-01", ethics, Set.of("ethics", "laws_and_rules"), "nasw_ca"),
                course("a2", "Trauma-focused CBT", "2025-06-01", other, Set.of(), "apa"),
                course("a3", "Suicide risk assessment", "2024-06-01", "6", Set.of("suicide_prevention"), "apa"),
                course("a4", "Telehealth law", "2025-09-01", "3", Set.of("telehealth"), "camft"));
    }

    @Test
    void aLicenseShortOnlyInTotalHoursIsToldHowManyHoursItNeeds() {
        String html = renewalHtml(courses("6", "20"));
        assertThat(html).contains("Incomplete: 1 more hour needed by 2026-03-31", "Total hours")
                .doesNotContain("requirement not yet met");
    }

    @Test
    void aLicenseShortOnlyInOneCategoryIsToldWhichAndHowMuch() {
        String html = renewalHtml(courses("2", "31"));
        assertThat(html).contains("Incomplete: 4 more hours of law and ethics needed by 2026-03-31");
    }

    @Test
    void everyRequirementTheEngineReportsIsNamedInTheReport() {
        List<CeActivity> activities = List.of(
                course("a1", "Law and ethics update", "2025-02-01", "6", Set.of("ethics", "laws_and_rules"), "nasw_ca"));
        String html = renewalHtml(activities);
        assertThat(html).contains("Total hours", "Law and ethics", "Suicide risk assessment (once per licensure)",
                "Telehealth (once per licensure)");
    }
}
