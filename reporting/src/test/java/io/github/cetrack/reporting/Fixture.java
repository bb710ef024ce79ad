package io.github.cetrack.reporting;

import io.github.cetrack.core.CeActivity;
import io.github.cetrack.core.Certificate;
import io.github.cetrack.core.Citation;
import io.github.cetrack.core.DeliveryFormat;
import io.github.cetrack.core.Evaluation;
import io.github.cetrack.core.Evaluation.ActivityResult;
import io.github.cetrack.core.Evaluation.Finding;
import io.github.cetrack.core.Evaluation.FindingCode;
import io.github.cetrack.core.Evaluation.Reason;
import io.github.cetrack.core.Evaluation.RequirementResult;
import io.github.cetrack.core.Evaluation.Severity;
import io.github.cetrack.core.HourUnit;
import io.github.cetrack.core.Jurisdiction;
import io.github.cetrack.core.License;
import io.github.cetrack.core.LicenseType;
import io.github.cetrack.core.Profession;
import io.github.cetrack.core.RenewalCycle;
import io.github.cetrack.core.RequirementKind;
import io.github.cetrack.core.Topics;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Evaluations built by hand, so that reporting's tests need no catalogue. */
final class Fixture {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T10:15:30Z"), ZoneOffset.UTC);
    static final Reports REPORTS = Reports.create(ReportOptions.iso(CLOCK));
    static final Citation TOTAL = Citation.of("US-CA LCSW total hours", "16 CCR § 1887.3(a)",
            "https://www.bbs.ca.gov/pdf/publications/lawsregs.pdf", LocalDate.of(2026, 11, 29));
    // Marked secondary so that the reports' rendering of confidence is seen.
    static final Citation ETHICS = new Citation("US-CA LCSW law and ethics", "16 CCR § 1887.3(c)",
            "https://www.bbs.ca.gov/pdf/publications/lawsregs.pdf", LocalDate.of(2026, 11, 29),
            io.github.cetrack.core.Confidence.SECONDARY);
    static final LicenseType LCSW = new LicenseType(Jurisdiction.US_CA, "LCSW", "Licensed Clinical Social Worker",
            Profession.CLINICAL_SOCIAL_WORK, "Board of Behavioral Sciences");
    static final License LICENSE = License.of(Jurisdiction.US_CA, "LCSW", LocalDate.of(2014, 1, 9))
            .withHolder("Maria Alvarez").withNumber("LCSW 98765").withExpiresOn(LocalDate.of(2027, 1, 31));
    static final RenewalCycle CYCLE = new RenewalCycle(LocalDate.of(2025, 2, 1), LocalDate.of(2027, 1, 31));

    /** Certificate file bytes by activity id. */
    static final Map<String, byte[]> FILES = new LinkedHashMap<>();

    private Fixture() {}

    static byte[] file(String id) {
        return FILES.computeIfAbsent(id, k -> ("%PDF-1.4\n% certificate of completion for " + k + "\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Certificate certificate(String id, String fileName) {
        byte[] bytes = file(id);
        return Certificate.of(sha256(bytes), "application/pdf", bytes.length, fileName);
    }

    static CeActivity activity(String id, String title, String provider, String approval, LocalDate on, String hours,
            DeliveryFormat format, String... topics) {
        return CeActivity.of(title, provider, on, new BigDecimal(hours), format).withId(id)
                .withApprovals(approval == null ? Set.of() : Set.of(approval))
                .withTopics(Set.of(topics));
    }

    /** The activities of the sample, in entry order (not date order). */
    static List<CeActivity> activities() {
        return List.of(
                activity("ce-01", "Law and Ethics for California Clinicians", "CAMFT", "camft",
                        LocalDate.of(2025, 3, 14), "3", DeliveryFormat.LIVE_ONLINE, "ethics", "laws_and_rules")
                        .withCertificate(certificate("ce-01", "camft-law-ethics-2025.pdf")),
                activity("ce-02", "Trauma-Informed Care with Adolescents", "PESI", "apa",
                        LocalDate.of(2025, 6, 2), "24", DeliveryFormat.SELF_STUDY)
                        .withCertificate(certificate("ce-02", "../../etc/passwd")),
                activity("ce-03", "Suicide Risk Assessment", "PESI", "apa", LocalDate.of(2020, 6, 1), "6",
                        DeliveryFormat.SELF_STUDY, "suicide_prevention")
                        .withCertificate(certificate("ce-03", "suicide.pdf")),
                activity("ce-04", "Telehealth Law and Ethics", "CAMFT", "camft", LocalDate.of(2025, 9, 1), "6",
                        DeliveryFormat.LIVE_ONLINE, "telehealth"),
                activity("ce-05", "Clinical Supervision Seminar", "State University", "accredited_school",
                        LocalDate.of(2026, 1, 15), "1.5", DeliveryFormat.IN_PERSON, "supervision")
                        .withHours(new BigDecimal("1.5"), HourUnit.CEU)
                        .withCertificate(certificate("ce-05", "supervision.pdf")));
    }

    static Evaluation evaluation(List<CeActivity> activities) {
        List<ActivityResult> results = new ArrayList<>();
        List<CeActivity> sorted = new ArrayList<>(activities);
        sorted.sort((a, b) -> a.completedOn().compareTo(b.completedOn()) != 0
                ? a.completedOn().compareTo(b.completedOn()) : a.title().compareTo(b.title()));
        BigDecimal counted = BigDecimal.ZERO;
        BigDecimal ethics = BigDecimal.ZERO;
        for (CeActivity a : sorted) {
            boolean in = CYCLE.contains(a.completedOn());
            boolean unit = a.unit() == HourUnit.CLOCK_HOUR;
            Reason reason = !unit ? Reason.UNIT_NOT_ACCEPTED : !in ? Reason.OUTSIDE_CYCLE : null;
            BigDecimal c = reason == null ? a.hours() : BigDecimal.ZERO;
            Map<String, BigDecimal> credited = new LinkedHashMap<>();
            // As the engine reads the category law_and_ethics: any of the topics it stands for.
            if (reason == null && !java.util.Collections.disjoint(a.topics(), Topics.meaning("law_and_ethics"))) {
                credited.put("law_and_ethics", a.hours());
                ethics = ethics.add(a.hours());
            }
            counted = counted.add(c);
            results.add(new ActivityResult(a.id(), a.title(), a.completedOn(), a.hours(), c, credited, reason,
                    reason == null ? "counted" : "not counted"));
        }
        BigDecimal total = new BigDecimal("36");
        BigDecimal six = new BigDecimal("6");
        List<RequirementResult> requirements = List.of(
                new RequirementResult(RequirementKind.TOTAL_HOURS, null, "at least 36 hours in total", total, counted,
                        total.subtract(counted).max(BigDecimal.ZERO), TOTAL),
                new RequirementResult(RequirementKind.CATEGORY_MINIMUM, "law_and_ethics", "at least 6 hours of law and ethics",
                        six, ethics, six.subtract(ethics).max(BigDecimal.ZERO), ETHICS));
        boolean compliant = requirements.stream().allMatch(RequirementResult::isMet);
        List<Finding> findings = new ArrayList<>();
        if (!compliant) {
            findings.add(new Finding(FindingCode.TOTAL_SHORT, Severity.ERROR, total.subtract(counted).max(BigDecimal.ZERO)
                    + " more hours of CE needed by 2027-01-31 (at least 36 hours in total)", null, TOTAL));
        }
        findings.add(new Finding(FindingCode.MISSING_CERTIFICATE, Severity.WARNING,
                "Telehealth Law and Ethics has no certificate on file; boards audit certificates", "ce-04", null));
        return new Evaluation(LICENSE, CYCLE, compliant ? Evaluation.Status.COMPLIANT : Evaluation.Status.INCOMPLETE,
                requirements, results, findings, "2026.11.29");
    }

    static ReportData data() {
        return data(activities());
    }

    static ReportData data(List<CeActivity> activities) {
        return ReportData.of(evaluation(activities), LCSW, activities);
    }

    /** Returns the sample with the first activity's title replaced. */
    static ReportData withTitle(String title) {
        List<CeActivity> list = new ArrayList<>(activities());
        CeActivity first = list.get(0);
        list.set(0, new CeActivity(first.id(), title, first.provider(), first.approvals(), first.startedOn(),
                first.completedOn(), first.hours(), first.unit(), first.format(), first.kind(), first.topics(),
                first.certificate()));
        return data(list);
    }

    /** Returns {@code n} counted activities of one hour each, across the cycle. */
    static ReportData many(int n) {
        List<CeActivity> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String id = String.format("a%04d", i);
            list.add(activity(id, "Course number " + i + " on evidence-based practice in community mental health",
                    "Provider " + (i % 17), "apa", CYCLE.start().plusDays(i % 700), "1",
                    DeliveryFormat.values()[i % 3], i % 5 == 0 ? new String[] {"ethics"} : new String[0])
                    .withCertificate(i % 9 == 0 ? null : Certificate.of(sha256(id.getBytes(StandardCharsets.UTF_8)),
                            "application/pdf", 1000 + i, id + ".pdf")));
        }
        return data(list);
    }
}
