package io.github.cetrack.benchmarks;

import io.github.cetrack.catalog.ComplianceEngine;
import io.github.cetrack.catalog.EvaluationRequest;
import io.github.cetrack.catalog.internal.Resolver;
import io.github.cetrack.catalog.internal.RuleBase;
import io.github.cetrack.core.Evaluation;
import io.github.cetrack.core.RenewalCycle;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The engine against the reference evaluator, in the same run: single-evaluation latency (sample
 * mode gives p50 and p99) and batch throughput over 100,000 licences of every catalogue type with
 * 20 activities each, on 1 and 2 threads; and the engine's single evaluations over the batch's own
 * licences, round robin, to set the batch's cost per licence against.
 */
public class EvaluationBenchmark {

    static final int ACTIVITIES = 20;

    /** One warm licence. */
    @State(Scope.Benchmark)
    public static class Single {
        ComplianceEngine engine;
        EvaluationRequest request;
        RenewalCycle cycle;
        Reference.Rules rules;

        @Setup
        public void setUp() {
            engine = ComplianceEngine.create();
            request = new Workload(engine.catalog()).request(42, ACTIVITIES);
            cycle = engine.currentCycle(request.license());
            rules = Reference.rules(engine, new Resolver(RuleBase.get()), request.license(), cycle);
        }
    }

    /**
     * The batch's own licences (the same workload as {@link Batch}), for single evaluations one
     * after another: each invocation evaluates the next, round robin, so that a single evaluation's
     * time can be set against the batch's time per licence over the same inputs.
     */
    @State(Scope.Thread)
    public static class Each {
        @Param({"100000"})
        int licenses;

        ComplianceEngine engine;
        List<EvaluationRequest> requests;
        int next;

        @Setup(Level.Trial)
        public void setUp() {
            engine = ComplianceEngine.create();
            requests = new Workload(engine.catalog()).requests(licenses, ACTIVITIES);
        }

        EvaluationRequest next() {
            EvaluationRequest request = requests.get(next);
            next = next + 1 == requests.size() ? 0 : next + 1;
            return request;
        }
    }

    /** A batch of licences, evaluated on a pool of {@code threads}. */
    @State(Scope.Benchmark)
    public static class Batch {
        @Param({"100000"})
        int licenses;

        @Param({"1", "2"})
        int threads;

        ComplianceEngine engine;
        List<EvaluationRequest> requests;
        List<RenewalCycle> cycles;
        List<Reference.Rules> rules;
        ForkJoinPool pool;

        @Setup(Level.Trial)
        public void setUp() {
            engine = ComplianceEngine.create();
            requests = new Workload(engine.catalog()).requests(licenses, ACTIVITIES);
            // The reference takes its requirements as data: resolve them once, outside the timing.
            Resolver resolver = new Resolver(RuleBase.get());
            cycles = new ArrayList<>(licenses);
            rules = new ArrayList<>(licenses);
            for (EvaluationRequest r : requests) {
                RenewalCycle cycle = engine.currentCycle(r.license());
                cycles.add(cycle);
                rules.add(Reference.rules(engine, resolver, r.license(), cycle));
            }
            pool = new ForkJoinPool(threads);
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            pool.shutdown();
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 3, time = 2)
    @Fork(1)
    public Evaluation singleEngine(Single s) {
        return s.engine.evaluate(s.request.license(), s.request.activities());
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 3, time = 2)
    @Fork(1)
    public Evaluation singleReference(Single s) {
        return Reference.evaluate(s.request.license(), s.cycle, s.request.activities(), s.rules, "bench");
    }

    /** One evaluation of the batch's workload at a time, each invocation the next licence (its p50 and mean). */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 3, time = 2)
    @Fork(value = 1, jvmArgs = {"-Xms3g", "-Xmx3g"})
    public Evaluation singleEngineBatchWorkload(Each s) {
        EvaluationRequest r = s.next();
        return s.engine.evaluate(r.license(), r.cycle(), r.activities());
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 3)
    @Measurement(iterations = 5)
    @Fork(value = 1, jvmArgs = {"-Xms3g", "-Xmx3g"})
    public long batchEngine(Batch b) throws Exception {
        // The streaming batch API, so that neither side keeps 100,000 evaluations alive.
        return b.pool.submit(() -> b.engine.evaluateAll(b.requests.stream()).filter(Evaluation::isCompliant).count())
                .get();
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 3)
    @Measurement(iterations = 5)
    @Fork(value = 1, jvmArgs = {"-Xms3g", "-Xmx3g"})
    public long batchReference(Batch b) throws Exception {
        return b.pool.submit(() -> java.util.stream.IntStream.range(0, b.licenses).parallel()
                .mapToObj(i -> Reference.evaluate(b.requests.get(i).license(), b.cycles.get(i),
                        b.requests.get(i).activities(), b.rules.get(i), "bench"))
                .filter(Evaluation::isCompliant).count()).get();
    }
}
