package io.github.cetrack.catalog.internal;

import io.github.cetrack.catalog.dsl.CycleQuery;
import io.github.cetrack.catalog.dsl.LicenseTypes;
import io.github.cetrack.catalog.dsl.Renewal;
import io.github.cetrack.core.Citation;
import io.github.cetrack.core.CycleRule;
import io.github.cetrack.core.LicenseType;
import io.github.cetrack.core.RequirementSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Step one of the engine: asks the catalogue's rules for a licence type's cycle rule and for the
 * requirements of a cycle. Results depend only on their key, so they are cached; a platform with a
 * million learners resolves a few hundred keys.
 */
public final class Resolver {

    /** What resolving a cycle's requirements depends on. */
    public record Key(String jurisdiction, String licenseType, LocalDate start, LocalDate end, boolean firstCycle,
            Set<String> roles) {

        // Written out: the generated equals and hashCode call Objects.equals and Objects.hashCode
        // on every component through one call site, which the JIT cannot inline (Key.equals was
        // 3.5% of a batch's CPU in the issue 14 profile, most of it Objects.equals). Dates first:
        // they tell keys apart most often. Components are never null.
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && firstCycle == k.firstCycle && start.equals(k.start) && end.equals(k.end)
                    && licenseType.equals(k.licenseType) && jurisdiction.equals(k.jurisdiction)
                    && roles.equals(k.roles);
        }

        @Override
        public int hashCode() {
            int h = jurisdiction.hashCode();
            h = 31 * h + licenseType.hashCode();
            h = 31 * h + start.hashCode();
            h = 31 * h + end.hashCode();
            h = 31 * h + Boolean.hashCode(firstCycle);
            return 31 * h + roles.hashCode();
        }
    }

    /**
     * A resolved requirement set with the dates and roles its rules looked at, and the set prepared
     * for the evaluator (cached here so that no evaluation regroups it).
     */
    public record Resolved(RequirementSet requirements, Set<String> rolesAsked, Prepared prepared) {

        /** Prepares {@code requirements} for the evaluator. */
        public Resolved(RequirementSet requirements, Set<String> rolesAsked) {
            this(requirements, rolesAsked, Evaluator.prepare(requirements));
        }
    }

    /** The cycle rule in force and the rule that stated it. */
    public record CycleResolved(CycleRule rule, Citation citation) {}

    // Bounded so that a stream of unusual cycles cannot grow the cache without limit.
    private static final int MAX_ENTRIES = 100_000;

    private final RuleBase rules;
    private final ConcurrentHashMap<Key, Resolved> requirements = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Key, CycleResolved> cycles = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, SortedSet<LocalDate>> dates = new ConcurrentHashMap<>();
    private volatile List<LicenseTypes.Declared> types;
    private volatile Map<String, String> gaps;
    private volatile Map<String, Indexed> index;

    public Resolver(RuleBase rules) {
        this.rules = rules;
    }

    public RuleBase rules() {
        return rules;
    }

    /**
     * Returns every licence type the catalogue declares, sorted by jurisdiction and code: read from
     * the index the build writes beside the rules, from the same state files (no rule is loaded),
     * and declared by any hand-written rules.
     */
    public List<LicenseTypes.Declared> licenseTypes() {
        List<LicenseTypes.Declared> known = types;
        if (known == null) {
            List<LicenseTypes.Declared> all = new java.util.ArrayList<>();
            index().values().forEach(t -> all.add(t.declared()));
            all.addAll(rules.fireShared(new LicenseTypes()).declared());
            known = all.stream()
                    .sorted(java.util.Comparator.comparing((LicenseTypes.Declared d) -> d.type().jurisdiction())
                            .thenComparing(d -> d.type().code()))
                    .toList();
            types = known;
        }
        return known;
    }

    /** Returns the requirements for {@code key}, from the cache when resolved before. */
    public Resolved requirements(Key key) {
        Resolved hit = requirements.get(key);
        if (hit != null) {
            return hit;
        }
        if (requirements.size() > MAX_ENTRIES) {
            requirements.clear();
        }
        return requirements.computeIfAbsent(key, k -> {
            Renewal fact = rules.fire(k.jurisdiction(), new Renewal(k.jurisdiction(), k.licenseType(), k.start(), k.end(),
                    k.firstCycle(), k.roles()));
            return new Resolved(RequirementSet.of(fact.stated()), fact.rolesAsked());
        });
    }

    /** Returns the cycle rule of {@code type} in force on {@code on}, or a result with a null rule. */
    public CycleResolved cycleRule(LicenseType type, LocalDate on) {
        Key key = new Key(type.jurisdiction().code(), type.code(), on, on, false, Set.of());
        // A hit (nearly every call) needs no computeIfAbsent, whose extra work was 2% of a batch.
        CycleResolved hit = cycles.get(key);
        if (hit != null) {
            return hit;
        }
        if (cycles.size() > MAX_ENTRIES) {
            cycles.clear();
        }
        return cycles.computeIfAbsent(key, k -> {
            CycleQuery query = rules.fire(k.jurisdiction(), new CycleQuery(k.jurisdiction(), k.licenseType(), on));
            return new CycleResolved(query.rule(), query.ruleCitation());
        });
    }

    /**
     * Returns every date on which the rules of {@code type} change, as the catalogue build writes
     * them in the rules' {@code @dates} metadata and in the licence-type index from the state
     * files' dated values.
     */
    public SortedSet<LocalDate> boundaries(LicenseType type) {
        return dates.computeIfAbsent(type.key(), k -> {
            Indexed indexed = index().get(k);
            SortedSet<LocalDate> found = new TreeSet<>(indexed == null ? Set.of() : indexed.dates());
            for (org.kie.api.definition.rule.Rule rule : rules.sharedRules()) {
                found.addAll(Meta.dates(rule.getMetaData(), type));
            }
            return java.util.Collections.unmodifiableSortedSet(found);
        });
    }

    /**
     * Returns {@link io.github.cetrack.core.Confidence#SECONDARY} when any rule for {@code type}
     * rests on secondary sources, otherwise {@code OFFICIAL}.
     */
    public io.github.cetrack.core.Confidence confidence(LicenseType type) {
        Indexed indexed = index().get(type.key());
        if (indexed != null && indexed.confidence() == io.github.cetrack.core.Confidence.SECONDARY) {
            return indexed.confidence();
        }
        for (org.kie.api.definition.rule.Rule rule : rules.sharedRules()) {
            if (Meta.secondary(rule.getMetaData(), type)) {
                return io.github.cetrack.core.Confidence.SECONDARY;
            }
        }
        return io.github.cetrack.core.Confidence.OFFICIAL;
    }

    /**
     * Returns what the state files and their not-covered list say is left out, keyed by {@code
     * "US-FL\t*"} (a whole jurisdiction) or {@code "US-CA\tpsychology"} (one profession).
     */
    public Map<String, String> gaps() {
        Map<String, String> known = gaps;
        if (known == null) {
            known = new java.util.LinkedHashMap<>();
            for (String[] cells : Index.rows("coverage.tsv", 3)) {
                known.put(cells[0] + "\t" + cells[1], cells[2]);
            }
            known = java.util.Collections.unmodifiableMap(known);
            gaps = known;
        }
        return known;
    }

    /** A licence type of the index, with what its rules' metadata says about it. */
    private record Indexed(LicenseTypes.Declared declared, SortedSet<LocalDate> dates,
            io.github.cetrack.core.Confidence confidence) {}

    // The licence-type index by LicenseType.key(), in the order of the file.
    private Map<String, Indexed> index() {
        Map<String, Indexed> known = index;
        if (known == null) {
            known = new java.util.LinkedHashMap<>();
            for (String[] c : Index.rows("license-types.tsv", 12)) {
                LicenseType type = new LicenseType(io.github.cetrack.core.Jurisdiction.of(c[0]), c[1], c[2],
                        io.github.cetrack.core.Profession.valueOf(c[3]), c[4]);
                Citation citation = new Citation(c[5], c[6], c[7], LocalDate.parse(c[8]), confidence(c[9]));
                SortedSet<LocalDate> changes = new TreeSet<>();
                if (!c[10].equals("-")) {
                    for (String date : c[10].split(",")) {
                        changes.add(LocalDate.parse(date));
                    }
                }
                known.put(type.key(), new Indexed(new LicenseTypes.Declared(type, citation),
                        java.util.Collections.unmodifiableSortedSet(changes), confidence(c[11])));
            }
            known = java.util.Collections.unmodifiableMap(known);
            index = known;
        }
        return known;
    }

    private static io.github.cetrack.core.Confidence confidence(String text) {
        return text.equals("secondary") ? io.github.cetrack.core.Confidence.SECONDARY
                : io.github.cetrack.core.Confidence.OFFICIAL;
    }
}
