package io.github.cetrack.benchmarks;

import io.github.cetrack.catalog.ComplianceEngine;
import io.github.cetrack.core.CeActivity;
import io.github.cetrack.core.DeliveryFormat;
import io.github.cetrack.core.Evaluation;
import io.github.cetrack.core.Jurisdiction;
import io.github.cetrack.core.License;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Cold start as a process: prints the milliseconds from JVM start to the first evaluation with the
 * full catalogue, and of those the first evaluation's own (from creating the engine to its result:
 * the catalogue's load and the first resolution). {@code benchmarks/run.sh} runs it several times
 * and reports the medians.
 */
public final class ColdStart {

    private ColdStart() {}

    public static void main(String[] args) {
        License license = License.of(Jurisdiction.US_CA, "LCSW", LocalDate.of(2012, 3, 10))
                .withExpiresOn(LocalDate.of(2026, 3, 31));
        long started = System.nanoTime();
        Evaluation e = ComplianceEngine.create().evaluate(license, List.of(CeActivity.of("Ethics", "NASW-CA",
                LocalDate.of(2025, 2, 1), new BigDecimal("6"), DeliveryFormat.LIVE_ONLINE)
                .withTopics(Set.of("ethics", "laws_and_rules")).withApprovals(Set.of("nasw_ca"))));
        long millis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        long first = (System.nanoTime() - started) / 1_000_000;
        System.out.println("cold-start-ms " + millis + " first-evaluation-ms " + first + " " + e.status());
    }
}
