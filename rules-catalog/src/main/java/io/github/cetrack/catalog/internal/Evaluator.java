package io.github.cetrack.catalog.internal;

import io.github.cetrack.core.ActivityKind;
import io.github.cetrack.core.CeActivity;
import io.github.cetrack.core.Citation;
import io.github.cetrack.core.DeliveryFormat;
import io.github.cetrack.core.Evaluation;
import io.github.cetrack.core.Evaluation.ActivityResult;
import io.github.cetrack.core.Evaluation.Finding;
import io.github.cetrack.core.Evaluation.FindingCode;
import io.github.cetrack.core.Evaluation.Reason;
import io.github.cetrack.core.Evaluation.RequirementResult;
import io.github.cetrack.core.Evaluation.Severity;
import io.github.cetrack.core.HourUnit;
import io.github.cetrack.core.License;
import io.github.cetrack.core.RenewalCycle;
import io.github.cetrack.core.Requirement;
import io.github.cetrack.core.RequirementKind;
import io.github.cetrack.core.RequirementSet;
import io.github.cetrack.core.internal.Duplicates;
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
 * Counts a cycle's activities against a resolved {@link RequirementSet}: plain Java, no Drools. Pure:
 * the same inputs give an equal {@link Evaluation}.
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
        return new Run(license, cycle, activities, set, firstCycle, carried, catalogVersion, false, context).evaluate();
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
        return excess(new Run(license, cycle, activities, set, firstCycle, BigDecimal.ZERO, "", true,
                new Context(asOf, Map.of())).evaluate());
    }

    /** Returns {@code set} grouped and pre-computed for evaluation; immutable, so it can be cached with the set. */
    public static Prepared prepare(RequirementSet set) {
        return new Prepared(set);
    }

    /** Returns the hours counted toward the total beyond what the total required, for carry-over. */
    public static BigDecimal excess(Evaluation evaluation) {
        return evaluation.requirements().stream().filter(r -> r.kind() == RequirementKind.TOTAL_HOURS).findFirst()
                .map(r -> r.counted().subtract(r.required()).max(BigDecimal.ZERO)).orElse(BigDecimal.ZERO);
    }

    /**
     * A requirement set grouped by type and with everything that depends on the set alone worked out
     * once: lookups, unit equivalences, minimums in hundredths, descriptions. The profile of the batch
     * benchmark showed regrouping the set on every evaluation (and the descriptions, streams and
     * {@code Optional}s around it) as a tenth of the engine's time; resolved sets are cached, so this
     * is cached with them ({@link Resolver.Resolved}). Immutable, so shared between threads.
     */
    public static final class Prepared {
        private final Map<Class<?>, List<Requirement>> byType = new HashMap<>();
        private final Requirement.FirstCycleExemption exemption;
        private final Requirement.ProratedTotal prorated;
        private final Requirement.TotalHours total;
        private final Requirement.CarryOver carryOver;
        private final Requirement.AcceptedApprovals approvals;
        private final boolean approvalsAll;
        private final Set<String> accepted;
        private final String approvalsDescription;
        private final String acceptedText;
        private final Requirement.CategoryCap categoryCap;
        private final boolean overlap;
        private final Map<HourUnit, BigDecimal> units = new EnumMap<>(HourUnit.class);
        private final SortedMap<String, Long> minimumCents;
        private final List<Requirement.CategoryMinimum> minimums;
        private final String[] minimumDescriptions;
        private final String[] minimumTopics;
        private final Requirement.LiveMinimum liveMinimum;
        private final String liveDescription;
        private final List<Requirement.OneTime> oneTimes;
        private final String[] oneTimeDescriptions;
        private final String[] oneTimeTopics;
        private final List<String> oneTimeCategories;
        private final List<Requirement.Periodic> periodics;
        private final String[] periodicDescriptions;
        private final String[] periodicTopics;
        private final String totalDescription;
        private final String proratedDescription;
        // Topic -> the categories of this set it serves: those whose topics (the state file's list
        // for the board's category) hold it.
        private final Map<String, SortedSet<String>> served;

        private Prepared(RequirementSet set) {
            for (Requirement r : set.requirements()) {
                byType.computeIfAbsent(r.getClass(), k -> new ArrayList<>(2)).add(r);
            }
            exemption = first(Requirement.FirstCycleExemption.class);
            prorated = first(Requirement.ProratedTotal.class);
            total = first(Requirement.TotalHours.class);
            carryOver = first(Requirement.CarryOver.class);
            approvals = first(Requirement.AcceptedApprovals.class);
            approvalsAll = approvals != null && isAll(approvals);
            accepted = approvals == null ? Set.of() : new HashSet<>(approvals.approvals());
            approvalsDescription = approvals == null ? null : approvals.describe();
            acceptedText = approvals == null ? null : approvalsDescription.replace("only hours from ", "");
            categoryCap = first(Requirement.CategoryCap.class);
            Requirement.CategoryOverlap categoryOverlap = first(Requirement.CategoryOverlap.class);
            overlap = categoryOverlap != null && categoryOverlap.allowed();
            units.put(HourUnit.CLOCK_HOUR, BigDecimal.ONE);
            all(Requirement.UnitEquivalence.class).forEach(u -> units.put(u.unit(), u.hoursPerUnit()));
            minimums = all(Requirement.CategoryMinimum.class);
            SortedMap<String, Long> cents = new TreeMap<>();
            minimums.forEach(m -> cents.merge(m.category(), Hundredths.of(m.hours()), Math::max));
            minimumCents = Collections.unmodifiableSortedMap(cents);
            minimumDescriptions = minimums.stream().map(Requirement::describe).toArray(String[]::new);
            minimumTopics = minimums.stream().map(m -> Words.label(m.label())).toArray(String[]::new);
            liveMinimum = first(Requirement.LiveMinimum.class);
            liveDescription = liveMinimum == null ? null : liveMinimum.describe();
            oneTimes = all(Requirement.OneTime.class);
            oneTimeDescriptions = oneTimes.stream().map(Requirement::describe).toArray(String[]::new);
            oneTimeTopics = oneTimes.stream().map(o -> Words.label(o.label())).toArray(String[]::new);
            oneTimeCategories = oneTimes.stream().map(Requirement.OneTime::category).toList();
            periodics = all(Requirement.Periodic.class);
            periodicDescriptions = periodics.stream().map(Requirement::describe).toArray(String[]::new);
            periodicTopics = periodics.stream().map(p -> Words.label(p.label())).toArray(String[]::new);
            totalDescription = total == null ? null : total.describe();
            proratedDescription = prorated == null ? null : prorated.describe();
            served = served(set);
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

        /** Returns whether the set states a total (or, in a first cycle, an exemption): whether the catalogue covers the cycle. */
        public boolean covers(boolean firstCycle) {
            return total != null || prorated != null || (firstCycle && exemption != null);
        }

        @SuppressWarnings("unchecked")
        <R extends Requirement> List<R> all(Class<R> type) {
            return (List<R>) byType.getOrDefault(type, List.of());
        }

        // The first requirement of the type, or null.
        <R extends Requirement> R first(Class<R> type) {
            List<R> found = all(type);
            return found.isEmpty() ? null : found.get(0);
        }
    }

    // Activities in chronological order, then by title and id; Sort keeps the order given among
    // equals, so that any input order gives the same result.
    private static int chronological(CeActivity a, CeActivity b) {
        int c = a.completedOn().compareTo(b.completedOn());
        if (c == 0) {
            c = a.title().compareTo(b.title());
        }
        if (c == 0) {
            c = (a.id() == null ? "" : a.id()).compareTo(b.id() == null ? "" : b.id());
        }
        return c;
    }

    // By severity, then code; stable, so findings about activities stay in the activities' order.
    private static List<Finding> sorted(List<Finding> findings) {
        int[] order = Sort.positions(findings.size(), (x, y) -> {
            Finding a = findings.get(x);
            Finding b = findings.get(y);
            int c = a.severity().compareTo(b.severity());
            return c != 0 ? c : a.code().compareTo(b.code());
        });
        List<Finding> out = new ArrayList<>(order.length);
        for (int i : order) {
            out.add(findings.get(i));
        }
        return out;
    }

    private static final class Run {
        private final License license;
        private final RenewalCycle cycle;
        private final Prepared set;
        private final boolean exempt;
        private final BigDecimal carriedIn;
        private final String catalogVersion;
        private final CeActivity[] sorted;
        private final String[] ids;
        // Per sorted activity, the categories of the set its topics serve.
        private final Set<String>[] serves;
        private final Requirement.AcceptedApprovals approvals;
        private final List<Finding> findings = new ArrayList<>();
        private final boolean quiet;
        private final Context context;
        // Per sorted activity, why it did not (all) count, as far as known before allocation.
        private Reason[] reasons;

        Run(License license, RenewalCycle cycle, List<CeActivity> activities, Prepared set, boolean firstCycle,
                BigDecimal carried, String catalogVersion, boolean quiet, Context context) {
            this.quiet = quiet;
            this.context = context;
            this.license = license;
            this.cycle = cycle;
            this.set = set;
            this.exempt = firstCycle && set.exemption != null;
            this.carriedIn = carried;
            this.catalogVersion = catalogVersion;
            CeActivity[] given = activities.toArray(new CeActivity[0]);
            int[] order = Sort.positions(given.length, (x, y) -> chronological(given[x], given[y]));
            int n = order.length;
            this.sorted = new CeActivity[n];
            this.ids = new String[n];
            this.serves = noCategories(n);
            for (int a = 0; a < n; a++) {
                CeActivity activity = given[order[a]];
                sorted[a] = activity;
                ids[a] = activity.id() != null ? activity.id() : "#" + (order[a] + 1);
            }
            this.approvals = set.approvals;
        }

        Evaluation evaluate() {
            BigDecimal requiredTotal = exempt ? BigDecimal.ZERO : requiredTotal();
            // Under a phase-in, only hours earned once the requirement applied count.
            Requirement.ProratedTotal prorated = set.prorated;
            LocalDate countsFrom = prorated != null && prorated.since() != null && prorated.since().isAfter(cycle.start())
                    ? prorated.since() : cycle.start();
            int n = sorted.length;
            List<Allocator.Item> items = new ArrayList<>(n);
            int[] itemOf = new int[n];
            int eligible = 0;
            reasons = new Reason[n];
            BigDecimal[] clock = new BigDecimal[n];
            boolean[] isApproved = new boolean[n];
            Duplicate[] twins = new Duplicate[n];
            Map<String, Integer> byCertificate = new HashMap<>();
            for (int a = 0; a < n; a++) {
                CeActivity activity = sorted[a];
                serves[a] = set.categoriesOf(activity.topics());
                clock[a] = clockHours(activity);
                isApproved[a] = approved(activity);
                if (activity.completedOn().isAfter(context.asOf())) {
                    reasons[a] = Reason.NOT_YET_COMPLETED;
                } else if (activity.kind() == ActivityKind.PRIOR_COMPLETION) {
                    reasons[a] = Reason.RECORD_ONLY;
                } else if ((twins[a] = twin(a, byCertificate)) != null) {
                    reasons[a] = Reason.DUPLICATE;
                } else if (clock[a] == null) {
                    reasons[a] = Reason.UNIT_NOT_ACCEPTED;
                } else if (!cycle.contains(activity.completedOn()) || activity.completedOn().isBefore(countsFrom)) {
                    reasons[a] = Reason.OUTSIDE_CYCLE;
                } else if (approvals != null && set.approvalsAll && !isApproved[a]) {
                    reasons[a] = Reason.PROVIDER_NOT_ACCEPTED;
                } else {
                    itemOf[eligible++] = a;
                    items.add(new Allocator.Item(Hundredths.of(clock[a]), activity.format(), serves[a], isApproved[a]));
                }
                if (activity.certificate() != null && original(a)) {
                    byCertificate.putIfAbsent(activity.certificate().sha256(), a);
                }
            }
            SortedMap<String, Long> minimums = exempt ? Collections.emptySortedMap() : set.minimumCents;
            Map<DeliveryFormat, Long> formatCaps = Allocator.noFormatCaps();
            for (Requirement.FormatCap c : set.all(Requirement.FormatCap.class)) {
                formatCaps.put(c.format(), Hundredths.of(limit(c.hours(), c.share(), requiredTotal)));
            }
            Requirement.CategoryCap categoryCap = set.categoryCap;
            Allocator.Plan plan = Allocator.allocate(items, new Allocator.Limits(minimums, formatCaps,
                    categoryCap == null ? null : categoryCap.category(),
                    categoryCap == null ? 0L : Hundredths.of(limit(categoryCap.hours(), categoryCap.share(), requiredTotal)),
                    set.overlap, approvals != null && !set.approvalsAll));

            List<ActivityResult> activityResults = new ArrayList<>(n);
            BigDecimal countedTotal = BigDecimal.ZERO;
            BigDecimal live = BigDecimal.ZERO;
            BigDecimal fromApproved = BigDecimal.ZERO;
            // Only looked up, never listed: no need for a sorted map.
            Map<String, BigDecimal> byCategory = new HashMap<>();
            for (int a = 0, k = 0; a < n; a++) {
                CeActivity activity = sorted[a];
                BigDecimal counted = BigDecimal.ZERO;
                Map<String, BigDecimal> credited = Collections.emptySortedMap();
                Reason reason = reasons[a];
                if (k < eligible && itemOf[k] == a) {
                    counted = Hundredths.hours(plan.counted()[k]);
                    Map<String, Long> planned = plan.credited().get(k);
                    if (!planned.isEmpty()) {
                        Map<String, BigDecimal> inHours = new TreeMap<>();
                        planned.forEach((c, v) -> inHours.put(c, Hundredths.hours(v)));
                        credited = inHours;
                    }
                    if (counted.compareTo(clock[a]) < 0) {
                        reason = Reason.OVER_CAP;
                    }
                    k++;
                }
                countedTotal = countedTotal.add(counted);
                if (activity.format().isLive()) {
                    live = live.add(counted);
                }
                if (isApproved[a]) {
                    fromApproved = fromApproved.add(counted);
                }
                credited.forEach((c, v) -> byCategory.merge(c, v, BigDecimal::add));
                String id = ids[a];
                BigDecimal shown = clock[a] != null ? clock[a] : activity.hours();
                Duplicate twin = twins[a];
                activityResults.add(new ActivityResult(id, activity.title(), activity.completedOn(), shown, counted,
                        credited, reason, quiet ? "" : twin != null ? "not counted: probably the same as "
                                + ids[twin.of()] + ", which counts instead" : explain(activity, shown, counted, credited, reason)));
                if (!quiet) {
                    activityFindings(activity, id, shown, counted, reason);
                    if (twin != null) {
                        findings.add(new Finding(FindingCode.DUPLICATE, Severity.WARNING, "\"" + activity.title() + "\" ("
                                + id + ") is probably the same activity as \"" + sorted[twin.of()].title() + "\" ("
                                + ids[twin.of()] + "): " + twin.why() + "; it counts once. If it is a genuine repeat,"
                                + " attach each its own certificate", id, null));
                    }
                }
            }

            List<RequirementResult> results = new ArrayList<>();
            if (!exempt) {
                BigDecimal carried = BigDecimal.ZERO;
                Requirement.CarryOver carry = set.carryOver;
                if (carry != null && carriedIn.signum() > 0) {
                    carried = carriedIn.min(carry.maxHours());
                    findings.add(new Finding(FindingCode.CARRIED_OVER, Severity.INFO, Words.hours(carried)
                            + " carried over from the previous cycle count toward the total", null,
                            carry.citation()));
                }
                RequirementResult totalResult = totalResult(requiredTotal, countedTotal.add(carried));
                if (totalResult != null) {
                    results.add(totalResult);
                }
                for (int i = 0; i < set.minimums.size(); i++) {
                    Requirement.CategoryMinimum m = set.minimums.get(i);
                    results.add(result(RequirementKind.CATEGORY_MINIMUM, m.category(), set.minimumDescriptions[i], m.hours(),
                            byCategory.getOrDefault(m.category(), BigDecimal.ZERO), m.citation(),
                            FindingCode.CATEGORY_SHORT, set.minimumTopics[i]));
                }
                Requirement.LiveMinimum m = set.liveMinimum;
                if (m != null) {
                    results.add(result(RequirementKind.LIVE_MINIMUM, null, set.liveDescription, m.hours(), live, m.citation(),
                            FindingCode.LIVE_SHORT, "live instruction"));
                }
                if (approvals != null && !set.approvalsAll) {
                    results.add(result(RequirementKind.ACCEPTED_APPROVALS, null, set.approvalsDescription,
                            approvals.minimumShare().of(requiredTotal), fromApproved, approvals.citation(),
                            FindingCode.APPROVED_SHORT, "CE from approved providers"));
                }
                for (int i = 0; i < set.oneTimes.size(); i++) {
                    Requirement.OneTime o = set.oneTimes.get(i);
                    LocalDate earlier = context.dueEarlier().get(o.category());
                    if (earlier != null) {
                        // Due at an earlier renewal, which the board granted: met, never a shortfall.
                        results.add(new RequirementResult(RequirementKind.ONE_TIME, o.category(),
                                set.oneTimeDescriptions[i] + "; due by an earlier renewal", Hundredths.round(o.hours()),
                                Hundredths.round(o.hours()), Hundredths.round(BigDecimal.ZERO), o.citation()));
                        if (!quiet) {
                            findings.add(new Finding(FindingCode.ONE_TIME_MET_EARLIER, Severity.INFO,
                                    Words.capitalized(set.oneTimeTopics[i]) + " (" + Words.hours(o.hours())
                                    + ", once) was due by an earlier renewal (it applied to the cycle ending " + earlier
                                    + ") and is taken as met; keep its certificate in case of an audit", o.category(),
                                    o.citation()));
                        }
                        continue;
                    }
                    BigDecimal done = recorded(o.category()) ? o.hours()
                            : hoursOf(o.category(), LocalDate.MIN, false, clock, isApproved);
                    results.add(result(RequirementKind.ONE_TIME, o.category(), set.oneTimeDescriptions[i], o.hours(),
                            done, o.citation(), FindingCode.ONE_TIME_SHORT, set.oneTimeTopics[i]));
                }
                for (int i = 0; i < set.periodics.size(); i++) {
                    Requirement.Periodic p = set.periodics.get(i);
                    results.add(result(RequirementKind.PERIODIC, p.category(), set.periodicDescriptions[i], p.hours(),
                            hoursOf(p.category(), cycle.end().plusDays(1).minusYears(p.everyYears()), true, clock,
                                    isApproved),
                            p.citation(), FindingCode.PERIODIC_SHORT, set.periodicTopics[i]));
                }
                for (Requirement.Note note : set.all(Requirement.Note.class)) {
                    findings.add(new Finding(FindingCode.REMINDER, Severity.INFO, note.text(), note.code(),
                            note.citation()));
                }
            } else if (set.exemption != null) {
                findings.add(new Finding(FindingCode.EXEMPT_FIRST_CYCLE, Severity.INFO, "No CE hours are required for"
                        + " this cycle: it is the one in which the licence was first issued", null,
                        set.exemption.citation()));
            }
            boolean met = true;
            for (RequirementResult r : results) {
                met &= r.isMet();
            }
            Evaluation.Status status = exempt ? Evaluation.Status.EXEMPT
                    : met ? Evaluation.Status.COMPLIANT
                    : Evaluation.Status.INCOMPLETE;
            return new Evaluation(license, cycle, status, results, activityResults, sorted(findings), catalogVersion);
        }

        // The earlier activity that the sorted activity a probably duplicates, or null.
        private Duplicate twin(int a, Map<String, Integer> byCertificate) {
            CeActivity activity = sorted[a];
            if (activity.certificate() != null) {
                Integer b = byCertificate.get(activity.certificate().sha256());
                if (b != null) {
                    return new Duplicate(b, "the same certificate");
                }
            }
            // Sorted by date first: activities of the same date are just before this one.
            for (int b = a - 1; b >= 0 && sorted[b].completedOn().equals(activity.completedOn()); b--) {
                String why = original(b) ? Duplicates.why(activity, sorted[b]) : null;
                if (why != null) {
                    return new Duplicate(b, why);
                }
            }
            return null;
        }

        // Whether an activity can count somewhere: it is done, a course and not a copy of another.
        private boolean original(int a) {
            Reason r = reasons[a];
            return r != Reason.NOT_YET_COMPLETED && r != Reason.RECORD_ONLY && r != Reason.DUPLICATE;
        }

        // The total's result, or null when the set states none.
        private RequirementResult totalResult(BigDecimal required, BigDecimal counted) {
            Requirement.ProratedTotal p = set.prorated;
            if (p != null) {
                return result(RequirementKind.TOTAL_HOURS, null, "at least " + Words.hours(required) + " in total ("
                        + set.proratedDescription + ")", required, counted, p.citation(), FindingCode.TOTAL_SHORT, "CE");
            }
            Requirement.TotalHours t = set.total;
            return t == null ? null : result(RequirementKind.TOTAL_HOURS, null, set.totalDescription, t.hours(), counted,
                    t.citation(), FindingCode.TOTAL_SHORT, "CE");
        }

        private BigDecimal requiredTotal() {
            Requirement.ProratedTotal p = set.prorated;
            if (p != null) {
                LocalDate from = p.since() != null && p.since().isAfter(cycle.start()) ? p.since() : cycle.start();
                LocalDate counted = p.countsStartMonth() ? from.withDayOfMonth(1) : from;
                long months = from.isAfter(cycle.end()) ? 0
                        : Period.between(counted, cycle.end().plusDays(1)).toTotalMonths();
                return p.hoursPerMonth().multiply(BigDecimal.valueOf(months)).min(p.maxHours());
            }
            return set.total != null ? set.total.hours() : BigDecimal.ZERO;
        }
        private RequirementResult result(RequirementKind kind, String category, String description, BigDecimal required,
                BigDecimal counted, Citation citation, FindingCode code, String topic) {
            BigDecimal remaining = required.subtract(counted).max(BigDecimal.ZERO);
            BigDecimal countedShown = counted.min(required);
            if (remaining.signum() > 0 && !quiet) {
                String needed = Words.hours(remaining).replaceFirst(" hours?$", "");
                String noun = remaining.compareTo(BigDecimal.ONE) == 0 ? " more hour of " : " more hours of ";
                findings.add(new Finding(code, Severity.ERROR, needed + noun + topic + " needed by " + cycle.end()
                        + " (" + description + ")", category, citation));
            }
            return new RequirementResult(kind, category, description, Hundredths.round(required),
                    Hundredths.round(kind == RequirementKind.TOTAL_HOURS ? counted : countedShown), Hundredths.round(remaining), citation);
        }

        // Hours of a category completed from {@code from} to the cycle's end. One-time topics accept
        // any provider (boards accept graduate coursework for them); periodic ones only accepted providers.
        private BigDecimal hoursOf(String category, LocalDate from, boolean approvedOnly, BigDecimal[] clock,
                boolean[] isApproved) {
            BigDecimal sum = BigDecimal.ZERO;
            for (int a = 0; a < sorted.length; a++) {
                CeActivity activity = sorted[a];
                if (clock[a] != null && original(a) && serves[a].contains(category) && !activity.completedOn().isBefore(from)
                        && !activity.completedOn().isAfter(cycle.end())
                        && (!approvedOnly || approvals == null || !set.approvalsAll || isApproved[a])) {
                    sum = sum.add(clock[a]);
                }
            }
            return sum;
        }

        // Whether a record of one-time training completed before the records began serves the category.
        private boolean recorded(String category) {
            for (int a = 0; a < sorted.length; a++) {
                if (reasons[a] == Reason.RECORD_ONLY && serves[a].contains(category)
                        && !sorted[a].completedOn().isAfter(cycle.end())) {
                    return true;
                }
            }
            return false;
        }

        private void activityFindings(CeActivity activity, String id, BigDecimal shown, BigDecimal counted,
                Reason reason) {
            if (reason == Reason.OVER_CAP) {
                Citation citation = null;
                boolean found = false;
                for (Requirement.FormatCap c : set.all(Requirement.FormatCap.class)) {
                    if (c.format() == activity.format()) {
                        citation = c.citation();
                        found = true;
                        break;
                    }
                }
                if (!found && set.categoryCap != null) {
                    citation = set.categoryCap.citation();
                }
                findings.add(new Finding(FindingCode.OVER_CAP, Severity.WARNING, "\"" + activity.title() + "\": "
                        + Words.hours(shown.subtract(counted)) + " over the board's limit did not count", id, citation));
            } else if (reason == Reason.PROVIDER_NOT_ACCEPTED) {
                findings.add(new Finding(FindingCode.PROVIDER_NOT_ACCEPTED, Severity.WARNING, "\"" + activity.title()
                        + "\" did not count: the board accepts only " + set.acceptedText, id, approvals.citation()));
            } else if (reason == Reason.UNIT_NOT_ACCEPTED) {
                findings.add(new Finding(FindingCode.UNIT_NOT_ACCEPTED, Severity.WARNING, "\"" + activity.title()
                        + "\" did not count: the catalogue has no equivalence from the board's rules for "
                        + Words.unit(activity.unit()) + "s; record the clock hours its certificate states", id, null));
            } else if (reason == Reason.NOT_YET_COMPLETED) {
                findings.add(new Finding(FindingCode.NOT_YET_COMPLETED, Severity.WARNING, "\"" + activity.title()
                        + "\" is dated " + activity.completedOn() + ", after the evaluation date " + context.asOf()
                        + ": CE counts once completed, so it does not count yet", id, null));
            } else if (reason == Reason.OUTSIDE_CYCLE) {
                findings.add(new Finding(FindingCode.OUTSIDE_CYCLE, Severity.INFO, "\"" + activity.title()
                        + "\" was completed on " + activity.completedOn() + ", outside the cycle " + cycle.start()
                        + " to " + cycle.end() + phaseIn(), id, null));
            }
            if (counted.signum() > 0 && activity.certificate() == null) {
                findings.add(new Finding(FindingCode.MISSING_CERTIFICATE, Severity.WARNING, "\"" + activity.title()
                        + "\" has no certificate on file; keep it in case of an audit", id, null));
            }
        }

        private String phaseIn() {
            Requirement.ProratedTotal p = set.prorated;
            return p != null && p.since() != null && p.since().isAfter(cycle.start())
                    ? " or before the requirement began on " + p.since() : "";
        }

        private String explain(CeActivity activity, BigDecimal shown, BigDecimal counted, Map<String, BigDecimal> credited,
                Reason reason) {
            if (reason == Reason.UNIT_NOT_ACCEPTED) {
                return "not counted: no equivalence for " + Words.unit(activity.unit()) + "s";
            }
            if (reason == Reason.NOT_YET_COMPLETED) {
                return "not counted: dated after " + context.asOf() + ", so not completed yet";
            }
            if (reason == Reason.RECORD_ONLY) {
                return "a record of one-time training completed before these records began: it meets the one-time"
                        + " requirements of its topics and counts toward nothing else";
            }
            if (reason == Reason.OUTSIDE_CYCLE) {
                return "not counted: completed outside this cycle" + phaseIn();
            }
            if (reason == Reason.PROVIDER_NOT_ACCEPTED) {
                return "not counted: provider approval not accepted";
            }
            StringBuilder out = new StringBuilder(64);
            out.append(Words.hours(counted)).append(" counted");
            if (!credited.isEmpty()) {
                out.append(" (");
                boolean next = false;
                for (Map.Entry<String, BigDecimal> e : credited.entrySet()) {
                    if (next) {
                        out.append(", ");
                    }
                    out.append(Words.hours(e.getValue())).append(" toward ").append(Words.category(e.getKey()));
                    next = true;
                }
                out.append(')');
            }
            if (reason == Reason.OVER_CAP) {
                out.append("; ").append(Words.hours(shown.subtract(counted))).append(" over a cap");
            }
            return out.toString();
        }

        private BigDecimal clockHours(CeActivity activity) {
            BigDecimal perUnit = set.units.get(activity.unit());
            // Clock hours (the common case) need no multiplication: x × 1 rescaled is x rescaled.
            return perUnit == null ? null : Hundredths.round(perUnit == BigDecimal.ONE ? activity.hours()
                    : activity.hours().multiply(perUnit));
        }

        private boolean approved(CeActivity activity) {
            if (approvals == null) {
                return false;
            }
            for (String code : activity.approvals()) {
                if (set.accepted.contains(code)) {
                    return true;
                }
            }
            return false;
        }
    }

    // The earlier activity (a sorted position) that another probably duplicates, and why.
    private record Duplicate(int of, String why) {}

    @SuppressWarnings("unchecked")
    private static Set<String>[] noCategories(int n) {
        return new Set[n];
    }

    private static boolean isAll(Requirement.AcceptedApprovals approvals) {
        return approvals.minimumShare().numerator() == approvals.minimumShare().denominator();
    }

    private static BigDecimal limit(BigDecimal hours, io.github.cetrack.core.Share share, BigDecimal requiredTotal) {
        return hours != null ? hours : share.of(requiredTotal);
    }
}
