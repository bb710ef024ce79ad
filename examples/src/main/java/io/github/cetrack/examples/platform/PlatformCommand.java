package io.github.cetrack.examples.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.cetrack.catalog.ComplianceEngine;
import io.github.cetrack.catalog.EvaluationRequest;
import io.github.cetrack.core.Evaluation;
import io.github.cetrack.core.InvalidInputException;
import io.github.cetrack.core.RenewalCycle;
import io.github.cetrack.core.Violation;
import io.github.cetrack.core.json.CetrackJson;
import io.github.cetrack.core.store.StoredLicense;
import io.github.cetrack.examples.cli.Cetrack;
import io.github.cetrack.examples.cli.Progress;
import io.github.cetrack.examples.cli.Tracker;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "platform", mixinStandardHelpOptions = true,
        description = {"Plays a CE provider: evaluates every learner of a roster (generated, or read from a database) "
                + "in parallel and writes summary.json and learners.jsonl.",
            "Memory stays the same whatever the size of the roster."},
        footer = {"", "Examples:", "  cetrack platform --learners 1000 --out platform-out",
            "  java -Xmx256m -jar cetrack.jar platform --licenses 1000000 --out /tmp/platform",
            "  cetrack platform --learners 200 --seed-db jdbc:postgresql://localhost/ce?user=me --tenant acme",
            "  cetrack platform --from-db jdbc:postgresql://localhost/ce?user=me --tenant acme --out platform-out"})
public final class PlatformCommand implements Callable<Integer> {

    // Learners per slice: enough to keep every core busy, few enough that a slice's evaluations are a few MiB.
    private static final int SLICE = 1_000;

    @Option(names = "--learners", paramLabel = "N", description = "Learners to generate (default: 1000).")
    Long learners;

    @Option(names = "--licenses", paramLabel = "N",
            description = "Generate as many learners as hold N licences in all, instead of --learners.")
    Long licenses;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Seed of the generated roster; the same seed gives the same roster (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "platform-out",
            description = "Directory for summary.json and learners.jsonl (default: ${DEFAULT-VALUE}).")
    Path dir;

    @Option(names = "--from-db", paramLabel = "URL",
            description = "Read the roster from this JDBC URL (tenant --tenant) instead of generating one.")
    String fromDb;

    @Option(names = "--seed-db", paramLabel = "URL",
            description = "Write the generated roster to this JDBC URL (tenant --tenant) instead of evaluating it.")
    String seedDb;

    @Option(names = "--tenant", paramLabel = "ID", defaultValue = "platform",
            description = "Tenant of --from-db and --seed-db (default: ${DEFAULT-VALUE}).")
    String tenant;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        check();
        PrintWriter out = spec.commandLine().getOut();
        ComplianceEngine engine = ComplianceEngine.create(Tracker.clock());
        if (seedDb != null) {
            LearnerSource source = generated(engine);
            Progress progress = Progress.of(out, "learners", source.learners());
            RosterDb.Seeded s = RosterDb.seed("--seed-db", seedDb, tenant, source, n -> progress.update(n, " written"));
            progress.done();
            out.printf(Locale.ROOT, "Wrote %,d learners with %,d licences and %,d activities (%s) to tenant %s.%n",
                    s.learners(), s.licenses(), s.activities(), source.describe(), tenant);
            out.printf("Evaluate them with: cetrack platform --from-db '%s' --tenant %s%n", seedDb, tenant);
            out.flush();
            return Cetrack.OK;
        }
        try (LearnerSource source = fromDb != null ? RosterDb.read("--from-db", fromDb, tenant) : generated(engine)) {
            Tally.Summary summary = run(engine, source, out);
            PlatformReport.print(out, summary, dir);
        }
        return Cetrack.OK;
    }

    private void check() {
        if (learners != null && licenses != null) {
            throw InvalidInputException.of("--licenses", "cannot be combined with --learners", licenses);
        }
        long n = licenses != null ? licenses : learners();
        if (n < 1) {
            throw InvalidInputException.of(licenses != null ? "--licenses" : "--learners", "must be at least 1", n);
        }
        if (fromDb != null && (seedDb != null || learners != null || licenses != null)) {
            throw InvalidInputException.of("--from-db", "reads a roster; it cannot be combined with --seed-db, "
                    + "--learners or --licenses", fromDb);
        }
    }

    private long learners() {
        return learners != null ? learners : 1_000;
    }

    private LearnerSource generated(ComplianceEngine engine) {
        return LearnerSource.generated(new Roster(engine, seed), seed, licenses != null ? -1 : learners(),
                licenses != null ? licenses : -1);
    }

    // A slice at a time: a parallel stream consumed in order over the whole roster would buffer whole
    // splits of evaluations, so memory would grow with the roster.
    private Tally.Summary run(ComplianceEngine engine, LearnerSource source, PrintWriter out) {
        Tally tally = new Tally();
        boolean byLicense = source.licenses() > 0;
        Progress progress = Progress.of(out, byLicense ? "licences" : "learners", byLicense ? source.licenses() : source.learners());
        ObjectWriter json = json().without(SerializationFeature.INDENT_OUTPUT);
        long started = System.nanoTime();
        long peak = 0;
        try {
            Files.createDirectories(dir);
            try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("learners.jsonl"), StandardCharsets.UTF_8)) {
                for (List<Roster.Learner> slice = source.next(SLICE); !slice.isEmpty(); slice = source.next(SLICE)) {
                    for (String line : evaluate(engine, slice, tally, json)) {
                        w.write(line);
                        w.write('\n');
                    }
                    peak = Math.max(peak, heapUsed());
                    progress.update(byLicense ? tally.licenses() : tally.learners(),
                            byLicense ? "" : String.format(Locale.ROOT, " (%,d licences)", tally.licenses()));
                }
            }
            progress.done();
            double seconds = (System.nanoTime() - started) / 1e9;
            Tally.Run run = new Tally.Run(Math.round(seconds * 10) / 10.0, Math.round(tally.licenses() / seconds),
                    peak >> 20, Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
            Tally.Summary summary = tally.summary(source.describe(), run);
            Files.writeString(dir.resolve("summary.json"), json().writeValueAsString(summary) + "\n", StandardCharsets.UTF_8);
            return summary;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to " + dir + ": " + e.getMessage(), e);
        }
    }

    // Evaluates a slice through the batch API (in parallel, in order), then turns each learner into
    // its JSON line in parallel too; only the counting and writing are sequential.
    private static List<String> evaluate(ComplianceEngine engine, List<Roster.Learner> slice, Tally tally,
            ObjectWriter json) {
        int[] from = new int[slice.size() + 1];
        for (int i = 0; i < slice.size(); i++) {
            from[i + 1] = from[i] + slice.get(i).licenses().size();
        }
        List<Evaluation> evaluations;
        try {
            evaluations = engine.evaluateAll(slice.stream()
                    .flatMap(l -> l.licenses().stream().map(s -> request(s, l)))).toList();
        } catch (InvalidInputException e) {
            throw named(engine, slice, e);
        }
        List<LearnerLine> lines = IntStream.range(0, slice.size()).parallel()
                .mapToObj(i -> LearnerLine.of(slice.get(i), evaluations.subList(from[i], from[i + 1]))).toList();
        lines.forEach(tally::add);
        return lines.parallelStream().map(line -> {
            try {
                return json.writeValueAsString(line);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    // The batch's error does not say which licence failed (stored records can name a licence type
    // the catalogue does not cover): find it, so that the message names it.
    private static InvalidInputException named(ComplianceEngine engine, List<Roster.Learner> slice,
            InvalidInputException e) {
        for (Roster.Learner l : slice) {
            for (StoredLicense s : l.licenses()) {
                try {
                    EvaluationRequest r = request(s, l);
                    engine.evaluate(r.license(), r.cycle(), r.activities());
                } catch (InvalidInputException bad) {
                    return new InvalidInputException(bad.violations().stream().map(v -> new Violation(
                            "licence " + s.id() + " of " + l.id() + ": " + v.field(), v.rule(), v.rejectedValue())).toList());
                }
            }
        }
        return e;
    }

    // A stored licence's latest explicit cycle, as the tracker judges it; else the catalogue's current one.
    private static EvaluationRequest request(StoredLicense s, Roster.Learner learner) {
        RenewalCycle cycle = s.cycles().isEmpty() ? null : s.cycles().get(s.cycles().size() - 1);
        return new EvaluationRequest(s.license(), cycle, learner.activities());
    }

    // cetrack's JSON conventions (snake_case names, plain decimals, sorted maps) for the platform's own records.
    static ObjectWriter json() {
        return CetrackJson.mapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).writer();
    }

    /**
     * The heap in use now. Sampled after every slice, its maximum is a real simultaneous figure, never
     * above {@code -Xmx}; summing each pool's own peak would add peaks reached at different moments.
     */
    static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
