package io.github.cetrack.catalog;

import io.github.cetrack.catalog.internal.Evaluator;
import io.github.cetrack.catalog.internal.Prepared;
import io.github.cetrack.catalog.internal.Resolver;
import io.github.cetrack.catalog.internal.RuleBase;
import io.github.cetrack.core.CeActivity;
import io.github.cetrack.core.Evaluation;
import io.github.cetrack.core.Inputs;
import io.github.cetrack.core.InvalidInputException;
import io.github.cetrack.core.License;
import io.github.cetrack.core.LicenseType;
import io.github.cetrack.core.RenewalCycle;
import io.github.cetrack.core.Violation;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Tells whether a licence's CE activities meet its board's renewal rules, and explains every hour.
 *
 * <pre>{@code
 * ComplianceEngine engine = ComplianceEngine.create();
 * Evaluation e = engine.evaluate(license, activities);      // the current cycle
 * e.status();                                               // COMPLIANT, INCOMPLETE or EXEMPT
 * }</pre>
 *
 * <p>Thread-safe: create one and share it. Each jurisdiction's rules are loaded once, on the first
 * use of that jurisdiction, and shared by every engine in the JVM.
 */
public final class ComplianceEngine {

    private static final class Shared {
        static final Resolver RESOLVER = new Resolver(RuleBase.get());
        static final java.util.Map<String, LicenseType> TYPES = new java.util.concurrent.ConcurrentHashMap<>();
    }

    private final Clock clock;

    private ComplianceEngine(Clock clock) {
        this.clock = clock;
    }

    /** Returns an engine that takes "today" from the system clock. */
    public static ComplianceEngine create() {
        return create(Clock.systemDefaultZone());
    }

    /**
     * Returns an engine that takes "today" from {@code clock}, for reproducible results. The rules
     * of a jurisdiction start loading in the background when a licence of it is first evaluated,
     * so that the load overlaps that evaluation's input validation.
     */
    public static ComplianceEngine create(Clock clock) {
        return new ComplianceEngine(clock);
    }

    /** Returns the catalogue: jurisdictions, licence types, rules in force, export. */
    public Catalog catalog() {
        return new Catalog(Shared.RESOLVER);
    }

    /**
     * Returns the licence's current cycle: the one whose hours count for the renewal on its
     * expiration date when it has one (usually the cycle containing that date; see
     * {@link io.github.cetrack.core.CycleRule#cycleForRenewal}), otherwise the one containing today.
     *
     * @throws InvalidInputException if the licence is invalid or its type is not in the catalogue
     */
    public RenewalCycle currentCycle(License license) {
        preload(license);
        Inputs.check(license);
        return currentCycle(license, type(license));
    }

    private RenewalCycle currentCycle(License license, LicenseType type) {
        LocalDate on = license.expiresOn() != null ? license.expiresOn() : LocalDate.now(clock);
        if (on.isBefore(license.firstIssuedOn())) {
            on = license.firstIssuedOn();
        }
        return catalog().cycleRule(type, on).rule().cycleForRenewal(license, on);
    }

    /**
     * Evaluates {@code activities} against the rules of the licence's current cycle.
     *
     * @throws InvalidInputException listing every invalid field, or naming an unknown licence type
     */
    public Evaluation evaluate(License license, List<CeActivity> activities) {
        return evaluate(license, null, activities);
    }

    /**
     * Evaluates {@code activities} against the rules in force for {@code cycle} (the current cycle
     * when {@code null}). Activities outside the cycle are reported, not counted.
     *
     * @throws InvalidInputException listing every invalid field, or naming an unknown licence type
     */
    public Evaluation evaluate(License license, RenewalCycle cycle, List<CeActivity> activities) {
        preload(license);
        check(license, cycle, activities);
        LicenseType type = type(license);
        RenewalCycle judged = cycle != null ? cycle : currentCycle(license, type);
        Resolver.Resolved resolved = resolve(license, judged);
        covered(license, judged, resolved.prepared());
        LocalDate today = LocalDate.now(clock);
        BigDecimal carried = BigDecimal.ZERO;
        if (resolved.prepared().hasCarryOver()) {
            RenewalCycle previous = previous(license, type, judged);
            if (previous != null) {
                carried = Evaluator.excess(license, previous, activities, resolve(license, previous).prepared(),
                        isFirst(license, previous), today);
            }
        }
        return Evaluator.evaluate(license, judged, activities, resolved.prepared(), isFirst(license, judged),
                carried, version(), new Evaluator.Context(today, dueEarlier(license, type, judged, resolved.prepared())));
    }

    /**
     * The one-time categories of {@code cycle}'s set that were due at an earlier renewal: those an
     * earlier cycle of the licence (not exempt) already required, with that cycle's end; never those
     * that only a role requires (Georgia's telemental health training comes with the role). It looks
     * back past cycles the catalogue does not cover (a period it does not encode), and stops at the
     * first covered cycle that did not require it, or at the licence's first cycle.
     */
    private java.util.Map<String, LocalDate> dueEarlier(License license, LicenseType type, RenewalCycle cycle,
            Prepared set) {
        java.util.Set<String> open = new java.util.TreeSet<>(set.oneTimeCategories());
        if (!open.isEmpty() && !license.roles().isEmpty()) {
            // A role's one-time training is a condition of the role, whose start is not known.
            open.retainAll(resolve(license.withRoles(java.util.Set.of()), cycle).prepared().oneTimeCategories());
        }
        java.util.Map<String, LocalDate> out = new java.util.TreeMap<>();
        RenewalCycle earlier = cycle;
        for (int step = 0; !open.isEmpty() && step < MAX_LOOK_BACK; step++) {
            try {
                earlier = previous(license, type, earlier);
            } catch (InvalidInputException e) {
                break; // before the catalogue's cycle rules: nothing known to have been due
            }
            if (earlier == null) {
                break;
            }
            boolean first = isFirst(license, earlier);
            Prepared before = resolve(license, earlier).prepared();
            if (before.exempt(first)) {
                break;
            }
            for (String category : before.oneTimeCategories()) {
                if (open.remove(category)) {
                    out.put(category, earlier.end());
                }
            }
            if (before.covers(first)) {
                break;
            }
        }
        return out;
    }

    // Cycles looked back through for one-time requirements: far more than any gap in the catalogue.
    private static final int MAX_LOOK_BACK = 5;

    /**
     * Evaluates many licences in parallel, in the order given.
     *
     * @throws InvalidInputException naming the request (like {@code requests[12].license.expires_on})
     */
    public List<Evaluation> evaluateAll(List<EvaluationRequest> requests) {
        return IntStream.range(0, requests.size()).parallel()
                .mapToObj(i -> evaluate(i, requests.get(i))).toList();
    }

    /**
     * Evaluates a stream of licences lazily and in parallel, for batches too large to hold in
     * memory; the result keeps the input's order when consumed with {@code forEachOrdered}.
     */
    public Stream<Evaluation> evaluateAll(Stream<EvaluationRequest> requests) {
        return requests.parallel().map(r -> evaluate(r.license(), r.cycle(), r.activities()));
    }

    private Evaluation evaluate(int index, EvaluationRequest request) {
        try {
            return evaluate(request.license(), request.cycle(), request.activities());
        } catch (InvalidInputException e) {
            List<Violation> named = new ArrayList<>();
            e.violations().forEach(v -> named.add(new Violation("requests[" + index + "]." + v.field(), v.rule(),
                    v.rejectedValue())));
            throw new InvalidInputException(named);
        }
    }

    // Before the input is checked, so that loading the licence's rules overlaps the check.
    private static void preload(License license) {
        if (license != null && license.jurisdiction() != null) {
            RuleBase.preload(license.jurisdiction().code());
        }
    }

    private Resolver.Resolved resolve(License license, RenewalCycle cycle) {
        return Shared.RESOLVER.requirements(new Resolver.Key(license.jurisdiction().code(), license.licenseType(),
                cycle.start(), cycle.end(), isFirst(license, cycle), license.roles()));
    }

    private RenewalCycle previous(License license, LicenseType type, RenewalCycle cycle) {
        LocalDate dayBefore = cycle.start().minusDays(1);
        if (dayBefore.isBefore(license.firstIssuedOn())) {
            return null;
        }
        CycleRuleInForce rule = catalog().cycleRule(type, dayBefore);
        return rule.rule().cycleContaining(license, dayBefore);
    }

    // A cycle the catalogue has no total for is outside its coverage: say so rather than call it compliant.
    private void covered(License license, RenewalCycle cycle, Prepared set) {
        if (!set.covers(isFirst(license, cycle))) {
            throw InvalidInputException.of("cycle", "is not covered by the catalogue: it has no rules for "
                    + license.typeKey() + " cycles ending " + cycle.end()
                    + " (see `catalog show` for the dates it covers)", cycle);
        }
    }

    private static boolean isFirst(License license, RenewalCycle cycle) {
        return !cycle.start().isAfter(license.firstIssuedOn());
    }

    private LicenseType type(License license) {
        LicenseType known = Shared.TYPES.get(license.typeKey());
        if (known != null) {
            return known;
        }
        Optional<String> gap = catalog().notCovered(license.jurisdiction());
        if (gap.isPresent()) {
            throw InvalidInputException.of("jurisdiction", "is not covered by the catalogue yet: " + gap.get(),
                    license.jurisdiction());
        }
        LicenseType found = catalog().licenseType(license.jurisdiction(), license.licenseType()).orElseThrow(() ->
                InvalidInputException.of("license_type", "is not a licence type of " + license.jurisdiction()
                        + " in the catalogue (known: " + catalog().licenseTypes(license.jurisdiction()).stream()
                        .map(LicenseType::code).toList() + ")", license.licenseType()));
        Shared.TYPES.put(license.typeKey(), found);
        return found;
    }

    private static void check(License license, RenewalCycle cycle, List<CeActivity> activities) {
        List<Violation> all = new ArrayList<>();
        if (license == null) {
            all.add(new Violation("license", "is required", null));
        } else {
            collect(all, () -> Inputs.check(license), "license");
        }
        if (cycle != null) {
            collect(all, () -> Inputs.check(cycle), "cycle");
        }
        collect(all, () -> Inputs.checkAll("activities", activities), "");
        if (activities != null) {
            repeatedIds(activities, all);
        }
        if (!all.isEmpty()) {
            throw new InvalidInputException(all);
        }
    }

    // One course listed twice would count twice: an id names one activity.
    private static void repeatedIds(List<CeActivity> activities, List<Violation> into) {
        java.util.Map<String, Integer> first = null;
        for (int i = 0; i < activities.size(); i++) {
            CeActivity a = activities.get(i);
            if (a == null || a.id() == null) {
                continue;
            }
            if (first == null) {
                first = new java.util.HashMap<>();
            }
            Integer earlier = first.putIfAbsent(a.id(), i);
            if (earlier != null) {
                into.add(new Violation("activities[" + i + "].id", "must not repeat the id of activities[" + earlier
                        + "]", a.id()));
            }
        }
    }

    private static void collect(List<Violation> into, Runnable check, String prefix) {
        try {
            check.run();
        } catch (InvalidInputException e) {
            e.violations().forEach(v -> into.add(prefix.isEmpty() ? v
                    : new Violation(prefix + (v.field().isEmpty() ? "" : "." + v.field()), v.rule(), v.rejectedValue())));
        }
    }

    private String version() {
        return Shared.RESOLVER.rules().version();
    }
}
