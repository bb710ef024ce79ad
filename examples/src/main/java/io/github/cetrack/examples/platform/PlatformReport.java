package io.github.cetrack.examples.platform;

import io.github.cetrack.examples.cli.Render;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The platform's summary for a person: what {@code summary.json} holds, in a few lines. */
final class PlatformReport {

    private static final int TOP = 10;

    private PlatformReport() {}

    static void print(PrintWriter out, Tally.Summary s, Path dir) {
        Tally.Run run = s.run();
        out.printf(Locale.ROOT, "Evaluated %,d licences of %,d learners (%s) in %.1f s: %,d licences/s on %d cores, "
                + "peak heap %,d MiB (sampled after each slice), max heap %,d MiB.%n", s.licences(), s.learners(),
                s.source(), run.elapsedSeconds(), run.licencesPerSecond(), run.processors(), run.peakHeapMib(),
                run.maxHeapMib());
        out.println();
        share(out, "compliant", s.compliant(), s.licences());
        share(out, "incomplete", s.incomplete(), s.licences());
        share(out, "exempt", s.exempt(), s.licences());
        if (!s.mostOftenMissing().isEmpty()) {
            out.println();
            out.println("Most often missing (licences short, hours short in all):");
            int n = 0;
            for (Tally.Rank r : s.mostOftenMissing().subList(0, Math.min(TOP, s.mostOftenMissing().size()))) {
                out.printf(Locale.ROOT, "  %2d. %-34s %,11d %,13.0f h%n", ++n, Render.cut(r.requirement(), 34),
                        r.licencesShort(), r.hoursShort());
            }
        }
        out.println();
        out.println("By state (licences, compliant, incomplete, exempt):");
        s.byState().forEach((state, c) -> out.printf(Locale.ROOT, "  %-6s %,11d %,11d %,11d %,11d%n", state,
                c.licences(), c.compliant(), c.incomplete(), c.exempt()));
        out.println();
        out.printf("Wrote %s and %s (%s).%n", dir.resolve("summary.json"), dir.resolve("learners.jsonl"),
                size(dir.resolve("learners.jsonl")));
        out.flush();
    }

    private static void share(PrintWriter out, String label, long count, long total) {
        out.printf(Locale.ROOT, "  %-11s %,11d  %5.1f%%%n", label, count, total == 0 ? 0.0 : count * 100.0 / total);
    }

    private static String size(Path file) {
        try {
            double mib = Files.size(file) / 1048576.0;
            return String.format(Locale.ROOT, "%.1f MiB", mib);
        } catch (IOException e) {
            return "size unknown";
        }
    }
}
