package io.github.cetrack.examples.platform;

import java.util.ArrayList;
import java.util.List;

/** Where the platform's learners come from, a slice at a time: generated, or read from a database. */
interface LearnerSource extends AutoCloseable {

    /** Returns the next learners, at most {@code max}; empty at the end. */
    List<Roster.Learner> next(int max);

    /** Returns how many learners there are, or -1 when that is not known up front. */
    long learners();

    /** Returns how many licences there are, or -1 when that is not known up front. */
    long licences();

    /** What the learners are, for the summary, like {@code "generated, seed 1"}. */
    String describe();

    @Override
    default void close() {}

    /**
     * Learners {@code 0, 1, 2, …} of a roster: {@code learners} of them, or as many as hold
     * {@code licences} licences (the last one cut short).
     */
    static LearnerSource generated(Roster roster, long seed, long learners, long licences) {
        return new LearnerSource() {
            private long index;
            private long licencesLeft = licences;

            @Override
            public List<Roster.Learner> next(int max) {
                // Which learners and how many licences each is decided in order; making them is parallel.
                List<long[]> slice = new ArrayList<>(max);
                while (slice.size() < max && (licences > 0 ? licencesLeft > 0 : index < learners)) {
                    long cap = licences > 0 ? Math.min(licencesLeft, roster.licenceCount(index)) : Integer.MAX_VALUE;
                    licencesLeft -= cap;
                    slice.add(new long[] {index++, cap});
                }
                return slice.parallelStream().map(s -> roster.learner(s[0], (int) s[1])).toList();
            }

            @Override
            public long learners() {
                return licences > 0 ? -1 : learners;
            }

            @Override
            public long licences() {
                return licences > 0 ? licences : -1;
            }

            @Override
            public String describe() {
                return "generated, seed " + seed;
            }
        };
    }
}
