package io.github.cetrack.reporting;

import static io.github.cetrack.reporting.Fixture.REPORTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import io.github.cetrack.core.CeActivity;
import io.github.cetrack.core.InvalidInputException;
import io.github.cetrack.core.json.CetrackJson;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class TextReportsTest {

    static List<CSVRecord> parse(String csv) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
    }

    @Test
    void theHtmlReportIsSelfContainedAndShowsEverySection() {
        String html = REPORTS.text(Fixture.data(), ReportKind.RENEWAL, ReportFormat.HTML);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<style>", "Maria Alvarez",
                "Board of Behavioral Sciences", "2025-02-01 to 2027-01-31",
                "Incomplete: 3 more hours needed by 2027-01-31", "33 of 36 hours counted, 3 hours remaining",
                "style=\"width:91%\"", "Law and Ethics for California Clinicians", "Activities that did not count",
                "completed on 2020-06-01, outside this cycle", "16 CCR § 1887.3(a)", "catalogue version 2026.11.29",
                "Generated on 2026-11-29");
        assertThat(html).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<link")
                .doesNotContain("src=", "href=", "url(", "@import");
    }

    @Test
    void aRequirementRestingOnSecondarySourcesSaysSoInEveryFormatThatCitesIt() {
        String html = REPORTS.text(Fixture.data(), ReportKind.RENEWAL, ReportFormat.HTML);
        assertThat(html).containsOnlyOnce("Read in secondary sources: the official text could not be read.");
        String json = REPORTS.text(Fixture.data(), ReportKind.RENEWAL, ReportFormat.JSON);
        assertThat(json).contains("\"confidence\" : \"secondary\"", "\"confidence\" : \"official\"");
    }

    @Test
    void theHtmlReportEscapesUserTextSoATitleCannotInjectMarkup() {
        String html = REPORTS.text(Fixture.withTitle("<script>alert('x')</script> & \"quotes\""), ReportKind.RENEWAL,
                ReportFormat.HTML);
        assertThat(html).doesNotContain("<script>").contains(
                "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;");
    }

    @Test
    void theAuditHtmlFlagsMissingCertificatesAndTotalsPerTopic() {
        String html = REPORTS.text(Fixture.data(), ReportKind.AUDIT, ReportFormat.HTML);
        assertThat(html).contains("Continuing education audit report", "1 without a certificate on file",
                "<span class=\"flag\">missing</span>", "Hours per topic", "camft-law-ethics-2025.pdf",
                "../../etc/passwd").doesNotContain("Suicide Risk Assessment");
    }

    @Test
    void theCsvParsesBackWithOneRowPerActivityAndEveryValue() throws IOException {
        String csv = REPORTS.text(Fixture.data(), ReportKind.RENEWAL, ReportFormat.CSV);
        assertThat(csv).contains("\r\n").doesNotContain("\n\n");
        List<CSVRecord> rows = parse(csv);
        assertThat(rows).hasSize(5);
        CSVRecord first = rows.get(0);
        assertThat(first.get("id")).isEqualTo("ce-03");
        assertThat(first.get("outcome")).isEqualTo("not counted");
        assertThat(first.get("reason")).contains("outside this cycle (2025-02-01 to 2027-01-31)");
        CSVRecord ethics = rows.get(1);
        assertThat(ethics.get("title")).isEqualTo("Law and Ethics for California Clinicians");
        assertThat(ethics.get("counted_hours")).isEqualTo("3");
        assertThat(ethics.get("credited")).isEqualTo("law_and_ethics=3");
        assertThat(ethics.get("certificate_sha256")).isEqualTo(Fixture.certificate("ce-01", null).sha256());
        CSVRecord ceu = rows.get(4);
        assertThat(ceu.get("hours")).isEqualTo("1.5");
        assertThat(ceu.get("unit")).isEqualTo("ceu");
        assertThat(rows.get(3).get("certificate")).isEqualTo("missing");
        List<CSVRecord> audit = parse(REPORTS.text(Fixture.data(), ReportKind.AUDIT, ReportFormat.CSV));
        assertThat(audit).extracting(r -> r.get("id")).containsExactly("ce-01", "ce-02", "ce-04", "ce-05");
    }

    @Test
    void csvCellsThatASpreadsheetWouldRunAsFormulasAreNeutralised() throws IOException {
        List<String> attacks = List.of("=HYPERLINK(\"http://evil\",\"x\")", "+1+1", "-2+3", "@SUM(A1:A2)",
                "\tTAB", "\rCR", "plain, with \"quotes\"\nand a newline");
        List<CeActivity> activities = new ArrayList<>(Fixture.activities());
        for (int i = 0; i < attacks.size(); i++) {
            activities.add(Fixture.activity("x" + i, attacks.get(i), attacks.get(i), null,
                    java.time.LocalDate.of(2026, 2, 1).plusDays(i), "1", io.github.cetrack.core.DeliveryFormat.IN_PERSON));
        }
        List<CSVRecord> rows = parse(REPORTS.text(Fixture.data(activities), ReportKind.RENEWAL, ReportFormat.CSV));
        List<String> titles = rows.stream().map(r -> r.get("title")).toList();
        List<String> providers = rows.stream().map(r -> r.get("provider")).toList();
        for (String attack : attacks.subList(0, 4)) {
            assertThat(titles).contains("'" + attack);
            assertThat(providers).contains("'" + attack);
        }
        // Activities trim their text, so a leading tab or CR never reaches the CSV; cells are neutralised anyway.
        assertThat(titles).contains("TAB", "CR");
        assertThat(io.github.cetrack.reporting.internal.Csv.cell("\tTAB")).isEqualTo("'\tTAB");
        assertThat(io.github.cetrack.reporting.internal.Csv.cell("\rCR")).isEqualTo("\"'\rCR\"");
        assertThat(titles).contains("plain, with \"quotes\"\nand a newline");
        assertThat(rows.stream().map(r -> r.get("hours"))).allMatch(h -> h.matches("[0-9.]+"));
    }

    @Test
    void theJsonHoldsRequirementsActivitiesCitationsAndFindings() {
        String json = REPORTS.text(Fixture.data(), ReportKind.RENEWAL, ReportFormat.JSON);
        Map<String, Object> root = CetrackJson.read(json, new TypeReference<Map<String, Object>>() {});
        assertThat(root).containsEntry("report", "renewal").containsEntry("holder", "Maria Alvarez")
                .containsEntry("status", "incomplete").containsEntry("generated_on", "2026-11-29")
                .containsEntry("catalog_version", "2026.11.29");
        assertThat(root.get("license").toString()).contains("board=Board of Behavioral Sciences");
        List<?> requirements = (List<?>) root.get("requirements");
        assertThat(requirements).hasSize(2);
        assertThat(requirements.get(0).toString()).contains("required=36", "counted=33", "remaining=3",
                "unit=clock_hour", "citation=1");
        assertThat((List<?>) root.get("activities_counted")).hasSize(3);
        assertThat((List<?>) root.get("activities_not_counted")).hasSize(2);
        assertThat(root.get("citations").toString()).contains("citation=16 CCR § 1887.3(a)");
        Map<String, Object> audit = CetrackJson.read(REPORTS.text(Fixture.data(), ReportKind.AUDIT,
                ReportFormat.JSON), new TypeReference<Map<String, Object>>() {});
        assertThat(audit.get("missing_certificates")).isEqualTo(List.of("ce-04"));
        assertThat(audit.get("topic_totals").toString()).contains("topic=laws_and_rules", "credited=3");
    }

    @Test
    void theSameInputGivesByteIdenticalOutputInEveryFormat() {
        for (ReportFormat format : ReportFormat.values()) {
            for (ReportKind kind : ReportKind.values()) {
                assertThat(REPORTS.render(Fixture.data(), kind, format)).as("%s %s", kind, format).isEqualTo(
                        Reports.create(ReportOptions.iso(Fixture.CLOCK)).render(Fixture.data(), kind, format));
            }
        }
    }

    @Test
    void activitiesThatDoNotMatchTheEvaluationAreRefusedNamingTheField() {
        List<CeActivity> fewer = Fixture.activities().subList(0, 4);
        assertThatThrownBy(() -> ReportData.of(Fixture.evaluation(Fixture.activities()), Fixture.LCSW, fewer))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("activities: must be the 5 activities");
        List<CeActivity> renamed = new ArrayList<>(Fixture.activities());
        renamed.set(1, renamed.get(1).withId("other"));
        assertThatThrownBy(() -> ReportData.of(Fixture.evaluation(Fixture.activities()), Fixture.LCSW, renamed))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("no activity matching")
                .hasMessageContaining("ce-02");
        io.github.cetrack.core.LicenseType other = new io.github.cetrack.core.LicenseType(
                io.github.cetrack.core.Jurisdiction.US_NY, "LCSW", "x", Fixture.LCSW.profession(), "NYSED");
        assertThatThrownBy(() -> ReportData.of(Fixture.evaluation(Fixture.activities()), other, Fixture.activities()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("license_type");
    }

    @Test
    void theStatusNamesTheOneCategoryStillShortOrSaysEveryRequirementIsMet() {
        List<CeActivity> more = new ArrayList<>(Fixture.activities());
        more.add(Fixture.activity("ce-06", "Cultural humility", "NASW", "nasw", java.time.LocalDate.of(2026, 3, 1),
                "3", io.github.cetrack.core.DeliveryFormat.IN_PERSON));
        assertThat(REPORTS.text(Fixture.data(more), ReportKind.RENEWAL, ReportFormat.HTML))
                .contains("Incomplete: 3 more hours of law and ethics needed by 2027-01-31");
        more.add(Fixture.activity("ce-07", "Ethics refresher", "NASW", "nasw", java.time.LocalDate.of(2026, 4, 1),
                "3", io.github.cetrack.core.DeliveryFormat.IN_PERSON, "ethics"));
        String html = REPORTS.text(Fixture.data(more), ReportKind.RENEWAL, ReportFormat.HTML);
        assertThat(html).contains("Compliant: every requirement is met", "class=\"status ok\"",
                "39 of 36 hours counted, met");
    }

    @Test
    void aReportWithoutLicenseTypeSaysTheBoardIsNotGiven() {
        ReportData data = ReportData.of(Fixture.evaluation(Fixture.activities()), null, Fixture.activities());
        assertThat(REPORTS.text(data, ReportKind.RENEWAL, ReportFormat.HTML)).contains("(board not given)");
    }
}
