package io.github.cetrack.storage;

import io.github.cetrack.core.CeActivity;
import io.github.cetrack.core.DeliveryFormat;
import io.github.cetrack.core.Evaluation;
import io.github.cetrack.core.Jurisdiction;
import io.github.cetrack.core.License;
import io.github.cetrack.core.RenewalCycle;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Sample records and certificate files for the storage tests. */
final class Fixtures {

    private Fixtures() {}

    static License caLcsw() {
        return License.of(Jurisdiction.US_CA, "LCSW", LocalDate.of(2012, 3, 10))
                .withHolder("Sam Lee").withNumber("LCSW 12345").withExpiresOn(LocalDate.of(2026, 3, 31));
    }

    static CeActivity ethics(String id) {
        return CeActivity.of("Law and ethics update", "NASW-CA", LocalDate.of(2025, 2, 1), new BigDecimal("6"),
                DeliveryFormat.LIVE_ONLINE).withId(id).withTopics(Set.of("ethics", "laws_and_rules")).withApprovals(Set.of("nasw_ca"));
    }

    static CeActivity course(String id, LocalDate on, String hours) {
        return CeActivity.of("Course " + id, "Provider", on, new BigDecimal(hours), DeliveryFormat.SELF_STUDY).withId(id);
    }

    /** A small file that starts like a PDF; {@code salt} makes its hash unique. */
    static byte[] pdf(String salt) {
        return ("%PDF-1.4\n% certificate " + salt + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] png(String salt) {
        byte[] head = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
        byte[] tail = salt.getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[head.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }

    static Evaluation evaluation(License license) {
        RenewalCycle cycle = new RenewalCycle(LocalDate.of(2024, 4, 1), LocalDate.of(2026, 3, 31));
        Evaluation.RequirementResult total = new Evaluation.RequirementResult(io.github.cetrack.core.RequirementKind.TOTAL_HOURS, null,
                "at least 36 hours in total", new BigDecimal("36"), new BigDecimal("6"), new BigDecimal("30"), null);
        Evaluation.ActivityResult counted = new Evaluation.ActivityResult("a1", "Law and ethics update",
                LocalDate.of(2025, 2, 1), new BigDecimal("6"), new BigDecimal("6"),
                Map.of("law_and_ethics", new BigDecimal("6")), null, "counts 6 hours");
        Evaluation.Finding finding = new Evaluation.Finding(Evaluation.FindingCode.TOTAL_SHORT, Evaluation.Severity.ERROR,
                "30 more hours of CE needed by 2026-03-31", "total_hours", null);
        return new Evaluation(license, cycle, Evaluation.Status.INCOMPLETE, List.of(total), List.of(counted),
                List.of(finding), "test-catalog-1");
    }
}
