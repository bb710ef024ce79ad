package io.github.cetrack.catalog.internal;

import io.github.cetrack.core.CeActivity;
import io.github.cetrack.core.Evaluation;
import io.github.cetrack.core.Evaluation.ActivityResult;
import io.github.cetrack.core.Evaluation.RequirementResult;
import io.github.cetrack.core.License;
import io.github.cetrack.core.RenewalCycle;
import io.github.cetrack.core.RequirementSet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counts a cycle's activities against a resolved {@link RequirementSet}: plain Java, no Drools. Pure:
 * the same inputs give an equal {@link Evaluation}. Each activity is judged ({@link Eligibility}),
 * the allocator decides how much of each eligible one counts and toward what ({@link Allocator}),
 * the requirements are tallied ({@link Tally}) and the result is put in words ({@link Wording}).
 */
public final class Evaluator {

    private Evaluator() {}

    /**
     * Evaluates {@code activities} for {@code license} in {@code cycle}.
     *
     * @param firstCycle whether {@code cycle} is the one in which the licence was first issued
     * @param carried hours carried over from the previous cycle before applying this set's limit
     */
    public static Evaluation evaluate(License license, RenewalCycle cycle, List<CeActivity> activities,
            RequirementSet set, boolean firstCycle, BigDecimal carried, String catalogVersion) {
        return evaluate(license, cycle, activities, prepare(set), firstCycle, carried, catalogVersion, Context.NONE);
    }

    /**
     * As {@link #evaluate(License, RenewalCycle, List, RequirementSet, boolean, BigDecimal, String)}, over a
     * prepared set and in a context.
     */
    public static Evaluation evaluate(License license, RenewalCycle cycle, List<CeActivity> activities,
            Prepared set, boolean firstCycle, BigDecimal carried, String catalogVersion, Context context) {
        boolean exempt = set.exempt(firstCycle);
        BigDecimal requiredTotal = exempt ? BigDecimal.ZERO : set.requiredTotal(cycle);
        List<Eligibility> judged = Eligibility.judge(activities, set, cycle, context.asOf());
        Allocator.Plan plan = allocate(judged, set.limits(requiredTotal, exempt));
        Wording words = new Wording(set, cycle, context.asOf(), judged.size());
        List<ActivityResult> activityResults = words.activities(judged, plan);
        List<RequirementResult> results = new ArrayList<>(set.minimums.size());
        if (exempt) {
            words.exempt();
        } else {
            // What the set's limit lets count of the hours carried over, or null.
            BigDecimal kept = set.carried(carried);
            List<Tally.Line> lines = new Tally(judged, plan, set, cycle).lines(requiredTotal,
                    kept == null ? BigDecimal.ZERO : kept, context.dueEarlier().keySet());
            words.requirements(lines, kept, context.dueEarlier());
            lines.forEach(line -> results.add(line.result()));
        }
        boolean met = true;
        for (RequirementResult r : results) {
            met &= r.isMet();
        }
        Evaluation.Status status = exempt ? Evaluation.Status.EXEMPT
                : met ? Evaluation.Status.COMPLIANT
                : Evaluation.Status.INCOMPLETE;
        return new Evaluation(license, cycle, status, results, activityResults, words.findings(), catalogVersion);
    }

    /**
     * What an evaluation depends on besides the activities and the set.
     *
     * @param asOf the evaluation date: activities completed after it do not count yet
     * @param dueEarlier the one-time categories of the set that were due at an earlier renewal of
     *     the licence, each with the end of the cycle in which it applied
     */
    public record Context(LocalDate asOf, Map<String, LocalDate> dueEarlier) {
        /** No evaluation date and nothing due earlier. */
        public static final Context NONE = new Context(LocalDate.MAX, Map.of());

        /** Copies the map. */
        public Context {
            dueEarlier = Map.copyOf(dueEarlier);
        }
    }

    /**
     * Returns the hours counted toward the total of {@code cycle} beyond what it required, for
     * carry-over into the next cycle; without building any text. Zero when the set states no total
     * or the cycle is exempt.
     */
    public static BigDecimal excess(License license, RenewalCycle cycle, List<CeActivity> activities,
            RequirementSet set, boolean firstCycle) {
        return excess(license, cycle, activities, prepare(set), firstCycle, LocalDate.MAX);
    }

    /**
     * As {@link #excess(License, RenewalCycle, List, RequirementSet, boolean)}, over a prepared set,
     * counting only activities completed by {@code asOf}.
     */
    public static BigDecimal excess(License license, RenewalCycle cycle, List<CeActivity> activities,
            Prepared set, boolean firstCycle, LocalDate asOf) {
        if (set.exempt(firstCycle)) {
            return BigDecimal.ZERO;
        }
        BigDecimal requiredTotal = set.requiredTotal(cycle);
        List<Eligibility> judged = Eligibility.judge(activities, set, cycle, asOf);
        Allocator.Plan plan = allocate(judged, set.limits(requiredTotal, false));
        return Tally.excess(new Tally(judged, plan, set, cycle).lines(requiredTotal, BigDecimal.ZERO, Set.of()));
    }

    /** Returns {@code set} grouped and pre-computed for evaluation; immutable, so it can be cached with the set. */
    public static Prepared prepare(RequirementSet set) {
        return new Prepared(set);
    }

    // The allocation of the eligible activities among those judged, in their order.
    private static Allocator.Plan allocate(List<Eligibility> judged, Allocator.Limits limits) {
        List<Eligibility> eligible = new ArrayList<>(judged.size());
        for (Eligibility e : judged) {
            if (e.eligible()) {
                eligible.add(e);
            }
        }
        return Allocator.allocate(eligible, limits);
    }
}
