package io.github.cetrack.benchmarks;

import io.github.cetrack.catalog.ComplianceEngine;
import io.github.cetrack.core.Evaluation;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;

/**
 * Streams N licences (default 1,000,000) with 20 activities each through the batch API, generated
 * on the fly, and prints the throughput and the peak heap. Run with {@code -Xmx512m}.
 */
public final class StreamingBatch {

    private StreamingBatch() {}

    public static void main(String[] args) {
        long count = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
        ComplianceEngine engine = ComplianceEngine.create();
        Workload workload = new Workload(engine.catalog());
        AtomicLong compliant = new AtomicLong();
        long started = System.nanoTime();
        engine.evaluateAll(LongStream.range(0, count).mapToObj(i -> workload.request(i, 20)))
                .forEach(e -> {
                    if (e.status() == Evaluation.Status.COMPLIANT) {
                        compliant.incrementAndGet();
                    }
                });
        double seconds = (System.nanoTime() - started) / 1e9;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf("streaming %d licences in %.1f s: %.0f licences/s, %d compliant, peak heap %d MiB, max heap %d MiB%n",
                count, seconds, count / seconds, compliant.get(), peak >> 20, Runtime.getRuntime().maxMemory() >> 20);
    }
}
