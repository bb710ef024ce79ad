package io.github.cetrack.examples.platform;

import io.github.cetrack.examples.cli.Render;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counters over every learner line written: all the platform keeps of a run, so that its memory
 * does not grow with the roster. Fed from the same lines as {@code learners.jsonl}, so the summary
 * always agrees with the file.
 */
final class Tally {

    /** Licences per status in one state. */
    record StateCount(long licences, long compliant, long incomplete, long exempt) {}

    /** A requirement ranked by how many licences fall short of it, and by how many hours in all. */
    record Rank(String kind, String category, String requirement, long licencesShort, BigDecimal hoursShort) {}

    /** Timing and memory: differ from run to run, so kept apart from the counts. */
    record Run(double elapsedSeconds, long licencesPerSecond, long peakHeapMib, long maxHeapMib, int processors) {}

    /** {@code summary.json}. */
    record Summary(String source, long learners, long licences, long compliant, long incomplete, long exempt,
            List<Rank> mostOftenMissing, Map<String, StateCount> byState, Run run) {}

    private static final class Short {
        final String kind;
        final String category;
        long licences;
        BigDecimal hours = BigDecimal.ZERO;

        Short(String kind, String category) {
            this.kind = kind;
            this.category = category;
        }
    }

    private long learners;
    private long licences;
    private final Map<String, long[]> states = new TreeMap<>();
    private final Map<String, Short> missing = new HashMap<>();

    void add(LearnerLine line) {
        learners++;
        for (LearnerLine.Licence l : line.licences()) {
            licences++;
            long[] counts = states.computeIfAbsent(l.jurisdiction(), k -> new long[4]);
            counts[0]++;
            counts[switch (l.status()) {
                case "compliant" -> 1;
                case "incomplete" -> 2;
                default -> 3;
            }]++;
            for (LearnerLine.Missing m : l.missing()) {
                Short s = missing.computeIfAbsent(m.kind() + "/" + m.category(), k -> new Short(m.kind(), m.category()));
                s.licences++;
                s.hours = s.hours.add(m.hours());
            }
        }
    }

    long licences() {
        return licences;
    }

    long learners() {
        return learners;
    }

    Summary summary(String source, Run run) {
        long[] all = new long[4];
        Map<String, StateCount> byState = new LinkedHashMap<>();
        states.forEach((state, c) -> {
            byState.put(state, new StateCount(c[0], c[1], c[2], c[3]));
            for (int i = 0; i < all.length; i++) {
                all[i] += c[i];
            }
        });
        List<Rank> ranks = new ArrayList<>();
        for (Short s : missing.values()) {
            ranks.add(new Rank(s.kind, s.category, Render.name(s.kind, s.category), s.licences,
                    new BigDecimal(Render.num(s.hours))));
        }
        ranks.sort(Comparator.comparingLong(Rank::licencesShort).reversed()
                .thenComparing(Rank::hoursShort, Comparator.reverseOrder())
                .thenComparing(Rank::kind).thenComparing(r -> r.category() == null ? "" : r.category()));
        return new Summary(source, learners, all[0], all[1], all[2], all[3], ranks, byState, run);
    }
}
