package io.github.cetrack.catalog.internal;

import io.github.cetrack.core.Citation;
import io.github.cetrack.core.DeliveryFormat;
import io.github.cetrack.core.Evaluation.FindingCode;
import io.github.cetrack.core.HourUnit;
import io.github.cetrack.core.RenewalCycle;
import io.github.cetrack.core.Requirement;
import io.github.cetrack.core.RequirementKind;
import io.github.cetrack.core.RequirementSet;
import io.github.cetrack.core.Share;
import io.github.cetrack.core.internal.Words;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A requirement set grouped by type and with everything that depends on the set alone worked out
 * once: lookups, unit equivalences, minimums in hundredths, descriptions. The profile of the batch
 * benchmark showed regrouping the set on every evaluation (and the descriptions, streams and
 * {@code Optional}s around it) as a tenth of the engine's time; resolved sets are cached, so this
 * is cached with them ({@link Resolver.Resolved}). Immutable, so shared between threads.
 */
public final class Prepared {

    /**
     * One thing a cycle must reach, in the order of the evaluation's requirement results: the total,
     * then category minimums, the live minimum, the share from approved providers, one-time and
     * periodic requirements.
     *
     * @param category the board's category, or {@code null} for the total, live and approved hours
     * @param hours the hours required, or {@code null} where the cycle decides them (the total, a share)
     * @param everyYears for a periodic requirement, how many years back its hours count; otherwise 0
     * @param topic what a shortfall finding says is missing, like {@code "live instruction"}
     */
    record Minimum(RequirementKind kind, String category, BigDecimal hours, int everyYears, String description,
            String topic, FindingCode code, Citation citation) {}

    private final Map<Class<?>, List<Requirement>> byType = new HashMap<>();
    final Requirement.FirstCycleExemption exemption;
    final Requirement.ProratedTotal prorated;
    final Requirement.CarryOver carryOver;
    final Requirement.AcceptedApprovals approvals;
    // Whether the board accepts only approved providers' hours (rather than a share of them).
    final boolean approvalsAll;
    // The providers the board accepts, as a finding words them: "providers approved by apa, nbcc".
    final String acceptedText;
    // Everything the cycle must reach, in the order of the evaluation's requirement results.
    final List<Minimum> minimums;
    private final Requirement.TotalHours total;
    private final boolean overlap;
    private final Set<String> accepted;
    private final Requirement.CategoryCap categoryCap;
    private final Map<HourUnit, BigDecimal> units = new EnumMap<>(HourUnit.class);
    private final SortedMap<String, Long> minimumCents;
    private final List<String> oneTimeCategories;
    // Topic -> the categories of this set it serves: those whose topics (the state file's list
    // for the board's category) hold it.
    private final Map<String, SortedSet<String>> served;

    Prepared(RequirementSet set) {
        for (Requirement r : set.requirements()) {
            byType.computeIfAbsent(r.getClass(), k -> new ArrayList<>(2)).add(r);
        }
        exemption = first(Requirement.FirstCycleExemption.class);
        prorated = first(Requirement.ProratedTotal.class);
        total = first(Requirement.TotalHours.class);
        carryOver = first(Requirement.CarryOver.class);
        approvals = first(Requirement.AcceptedApprovals.class);
        approvalsAll = approvals != null
                && approvals.minimumShare().numerator() == approvals.minimumShare().denominator();
        accepted = approvals == null ? Set.of() : new HashSet<>(approvals.approvals());
        acceptedText = approvals == null ? null : approvals.describe().replace("only hours from ", "");
        categoryCap = first(Requirement.CategoryCap.class);
        Requirement.CategoryOverlap categoryOverlap = first(Requirement.CategoryOverlap.class);
        overlap = categoryOverlap != null && categoryOverlap.allowed();
        units.put(HourUnit.CLOCK_HOUR, BigDecimal.ONE);
        all(Requirement.UnitEquivalence.class).forEach(u -> units.put(u.unit(), u.hoursPerUnit()));
        SortedMap<String, Long> cents = new TreeMap<>();
        all(Requirement.CategoryMinimum.class).forEach(m -> cents.merge(m.category(), Hundredths.of(m.hours()),
                Math::max));
        minimumCents = Collections.unmodifiableSortedMap(cents);
        oneTimeCategories = all(Requirement.OneTime.class).stream().map(Requirement.OneTime::category).toList();
        minimums = List.copyOf(minimums());
        served = served(set);
    }

    private List<Minimum> minimums() {
        List<Minimum> out = new ArrayList<>();
        if (prorated != null || total != null) {
            Requirement stated = prorated != null ? prorated : total;
            out.add(new Minimum(RequirementKind.TOTAL_HOURS, null, null, 0, stated.describe(), "CE",
                    FindingCode.TOTAL_SHORT, stated.citation()));
        }
        for (Requirement.CategoryMinimum m : all(Requirement.CategoryMinimum.class)) {
            out.add(new Minimum(RequirementKind.CATEGORY_MINIMUM, m.category(), m.hours(), 0, m.describe(),
                    Words.label(m.label()), FindingCode.CATEGORY_SHORT, m.citation()));
        }
        Requirement.LiveMinimum live = first(Requirement.LiveMinimum.class);
        if (live != null) {
            out.add(new Minimum(RequirementKind.LIVE_MINIMUM, null, live.hours(), 0, live.describe(),
                    "live instruction", FindingCode.LIVE_SHORT, live.citation()));
        }
        if (approvals != null && !approvalsAll) {
            out.add(new Minimum(RequirementKind.ACCEPTED_APPROVALS, null, null, 0, approvals.describe(),
                    "CE from approved providers", FindingCode.APPROVED_SHORT, approvals.citation()));
        }
        for (Requirement.OneTime o : all(Requirement.OneTime.class)) {
            out.add(new Minimum(RequirementKind.ONE_TIME, o.category(), o.hours(), 0, o.describe(),
                    Words.label(o.label()), FindingCode.ONE_TIME_SHORT, o.citation()));
        }
        for (Requirement.Periodic p : all(Requirement.Periodic.class)) {
            out.add(new Minimum(RequirementKind.PERIODIC, p.category(), p.hours(), p.everyYears(), p.describe(),
                    Words.label(p.label()), FindingCode.PERIODIC_SHORT, p.citation()));
        }
        return out;
    }

    private static Map<String, SortedSet<String>> served(RequirementSet set) {
        Map<String, SortedSet<String>> out = new HashMap<>();
        for (Requirement r : set.requirements()) {
            String category = null;
            Set<String> topics = Set.of();
            if (r instanceof Requirement.CategoryMinimum m) {
                category = m.category();
                topics = m.topics();
            } else if (r instanceof Requirement.CategoryCap c) {
                category = c.category();
                topics = c.topics();
            } else if (r instanceof Requirement.OneTime o) {
                category = o.category();
                topics = o.topics();
            } else if (r instanceof Requirement.Periodic p) {
                category = p.category();
                topics = p.topics();
            }
            for (String topic : topics) {
                out.computeIfAbsent(topic, k -> new TreeSet<>()).add(category);
            }
        }
        // Sorted, so that iterating an activity's categories never depends on hashing.
        out.replaceAll((topic, categories) -> Collections.unmodifiableSortedSet(categories));
        return out;
    }

    /** Returns the categories of this set that an activity of {@code topics} serves. */
    Set<String> categoriesOf(Set<String> topics) {
        if (served.isEmpty() || topics.isEmpty()) {
            return Set.of();
        }
        Set<String> found = null;
        boolean copied = false;
        for (String topic : topics) {
            Set<String> categories = served.get(topic);
            if (categories == null || (found != null && found.containsAll(categories))) {
                continue;
            }
            if (found == null) {
                found = categories;
            } else {
                if (!copied) {
                    found = new TreeSet<>(found);
                    copied = true;
                }
                found.addAll(categories);
            }
        }
        return found == null ? Set.of() : found;
    }

    /**
     * Returns {@code hours} in {@code unit} as clock hours in hundredths (rounded half up), or -1 when
     * the set has no equivalence for the unit.
     */
    long clockCents(BigDecimal hours, HourUnit unit) {
        BigDecimal perUnit = units.get(unit);
        if (perUnit == null) {
            return -1;
        }
        // Clock hours (the common case) need no multiplication, and two decimals no rounding.
        BigDecimal clock = perUnit == BigDecimal.ONE ? hours : hours.multiply(perUnit);
        return Hundredths.of(clock.scale() <= 2 ? clock : Hundredths.round(clock));
    }

    /**
     * Returns the hours of {@code carriedIn} from the previous cycle that count toward the total, or
     * {@code null} when the set states no carry-over or none came in.
     */
    BigDecimal carried(BigDecimal carriedIn) {
        return carryOver != null && carriedIn.signum() > 0 ? carriedIn.min(carryOver.maxHours()) : null;
    }

    /** Returns whether any of {@code codes} is a provider approval the board accepts. */
    boolean accepts(Set<String> codes) {
        if (approvals == null) {
            return false;
        }
        for (String code : codes) {
            if (accepted.contains(code)) {
                return true;
            }
        }
        return false;
    }

    /** Returns the hours {@code cycle} requires in total: the stated total or the prorated one; zero without either. */
    BigDecimal requiredTotal(RenewalCycle cycle) {
        if (prorated != null) {
            LocalDate from = countsFrom(cycle);
            LocalDate counted = prorated.countsStartMonth() ? from.withDayOfMonth(1) : from;
            long months = from.isAfter(cycle.end()) ? 0
                    : Period.between(counted, cycle.end().plusDays(1)).toTotalMonths();
            return prorated.hoursPerMonth().multiply(BigDecimal.valueOf(months)).min(prorated.maxHours());
        }
        return total != null ? total.hours() : BigDecimal.ZERO;
    }

    /** Returns the first day whose hours count: the cycle's start, or a phase-in that began later. */
    LocalDate countsFrom(RenewalCycle cycle) {
        return phasedIn(cycle) ? prorated.since() : cycle.start();
    }

    /** Returns whether the requirement began after the start of {@code cycle}. */
    boolean phasedIn(RenewalCycle cycle) {
        return prorated != null && prorated.since() != null && prorated.since().isAfter(cycle.start());
    }

    /** Returns what limits counting in a cycle that requires {@code requiredTotal}; no minimums when exempt. */
    Allocator.Limits limits(BigDecimal requiredTotal, boolean exempt) {
        Map<DeliveryFormat, Long> formatCaps = new EnumMap<>(DeliveryFormat.class);
        for (Requirement.FormatCap c : all(Requirement.FormatCap.class)) {
            formatCaps.put(c.format(), Hundredths.of(limit(c.hours(), c.share(), requiredTotal)));
        }
        long categoryCents = categoryCap == null ? 0
                : Hundredths.of(limit(categoryCap.hours(), categoryCap.share(), requiredTotal));
        return new Allocator.Limits(exempt ? Collections.emptySortedMap() : minimumCents, formatCaps,
                categoryCap == null ? null : categoryCap.category(), categoryCents, overlap,
                approvals != null && !approvalsAll);
    }

    private static BigDecimal limit(BigDecimal hours, Share share, BigDecimal requiredTotal) {
        return hours != null ? hours : share.of(requiredTotal);
    }

    /** Returns the citation of the cap that {@code format} or a capped category ran into, or {@code null}. */
    Citation capCitation(DeliveryFormat format) {
        for (Requirement.FormatCap c : all(Requirement.FormatCap.class)) {
            if (c.format() == format) {
                return c.citation();
            }
        }
        return categoryCap == null ? null : categoryCap.citation();
    }

    /** Returns the categories of the set's one-time requirements. */
    public List<String> oneTimeCategories() {
        return oneTimeCategories;
    }

    /** Returns whether a cycle with this set is exempt from CE ({@code firstCycle} and an exemption). */
    public boolean exempt(boolean firstCycle) {
        return firstCycle && exemption != null;
    }

    /** Returns whether the set states a carry-over of hours from the previous cycle. */
    public boolean hasCarryOver() {
        return carryOver != null;
    }

    /**
     * Returns whether the set states a total (or, in a first cycle, an exemption): whether the
     * catalogue covers the cycle.
     */
    public boolean covers(boolean firstCycle) {
        return total != null || prorated != null || (firstCycle && exemption != null);
    }

    @SuppressWarnings("unchecked")
    <R extends Requirement> List<R> all(Class<R> type) {
        return (List<R>) byType.getOrDefault(type, List.of());
    }

    // The first requirement of the type, or null.
    private <R extends Requirement> R first(Class<R> type) {
        List<R> found = all(type);
        return found.isEmpty() ? null : found.get(0);
    }
}
