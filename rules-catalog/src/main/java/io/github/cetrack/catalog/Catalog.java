package io.github.cetrack.catalog;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cetrack.catalog.dsl.LicenseTypes;
import io.github.cetrack.catalog.internal.Resolver;
import io.github.cetrack.core.Citation;
import io.github.cetrack.core.InvalidInputException;
import io.github.cetrack.core.Jurisdiction;
import io.github.cetrack.core.LicenseType;
import io.github.cetrack.core.RenewalCycle;
import io.github.cetrack.core.RequirementSet;
import io.github.cetrack.core.json.CetrackJson;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The rules catalogue: which jurisdictions and licence types it covers, the cycle rule and
 * requirements in force for a licence type on a date, and an export of all of it as JSON.
 *
 * <pre>{@code
 * Catalog catalog = ComplianceEngine.create().catalog();
 * LicenseType lcsw = catalog.licenseType(Jurisdiction.US_CA, "LCSW").orElseThrow();
 * RequirementSet rules = catalog.requirements(lcsw, LocalDate.of(2026, 6, 30), Set.of());
 * }</pre>
 */
public final class Catalog {

    private final Resolver resolver;

    Catalog(Resolver resolver) {
        this.resolver = resolver;
    }

    /** Returns the catalogue version, which evaluations record. */
    public String version() {
        return resolver.rules().version();
    }

    /** Returns the jurisdictions that have at least one licence type, sorted. */
    public List<Jurisdiction> jurisdictions() {
        return resolver.licenseTypes().stream().map(d -> d.type().jurisdiction()).distinct().sorted().toList();
    }

    /** Returns every licence type, sorted by jurisdiction and code. */
    public List<LicenseType> licenseTypes() {
        return resolver.licenseTypes().stream().map(LicenseTypes.Declared::type).toList();
    }

    /** Returns the licence types of {@code jurisdiction}, sorted by code. */
    public List<LicenseType> licenseTypes(Jurisdiction jurisdiction) {
        return licenseTypes().stream().filter(t -> t.jurisdiction() == jurisdiction).toList();
    }

    /** Returns the licence type {@code code} (case-insensitive) of {@code jurisdiction}, if the catalogue has it. */
    public Optional<LicenseType> licenseType(Jurisdiction jurisdiction, String code) {
        return licenseTypes(jurisdiction).stream().filter(t -> t.code().equalsIgnoreCase(code.trim())).findFirst();
    }

    /**
     * Returns the cycle rule in force for {@code type} on {@code on}.
     *
     * @throws InvalidInputException if the catalogue states no cycle rule for that date
     */
    public CycleRuleInForce cycleRule(LicenseType type, LocalDate on) {
        Resolver.CycleResolved resolved = resolver.cycleRule(type, on);
        if (resolved.rule() == null) {
            throw InvalidInputException.of("date", "has no renewal cycle rule for " + type.key() + " in the catalogue",
                    on);
        }
        return new CycleRuleInForce(resolved.rule(), resolved.citation());
    }

    /**
     * Returns the requirements in force for a regular (not first) cycle of {@code type} that ends on
     * {@code on}, for a holder with {@code roles}.
     */
    public RequirementSet requirements(LicenseType type, LocalDate on, Set<String> roles) {
        return resolver.requirements(key(type, standardCycle(type, on), false, roles)).requirements();
    }

    /**
     * Returns the requirements for the first cycle of {@code type} ending on {@code on}, which some
     * boards exempt or reduce.
     */
    public RequirementSet firstCycleRequirements(LicenseType type, LocalDate on, Set<String> roles) {
        return resolver.requirements(key(type, standardCycle(type, on), true, roles)).requirements();
    }

    /** Returns the dates on which {@code type}'s rules change, sorted. */
    public SortedSet<LocalDate> effectiveDates(LicenseType type) {
        return resolver.boundaries(type);
    }

    /** Returns the roles (like {@code "supervisor"}) that add requirements for {@code type}. */
    public SortedSet<String> roles(LicenseType type) {
        SortedSet<String> roles = new TreeSet<>();
        for (LocalDate on : probeDates(type)) {
            roles.addAll(resolver.requirements(key(type, standardCycle(type, on), false, Set.of())).rolesAsked());
        }
        return roles;
    }

    /**
     * Returns the whole catalogue as JSON: per jurisdiction and licence type, the profession, board,
     * and each dated version of the cycle rule and requirements with their citations.
     */
    public String exportJson() {
        ObjectNode root = CetrackJson.mapper().createObjectNode();
        root.put("catalog_version", version());
        ArrayNode types = root.putArray("license_types");
        var mapper = CetrackJson.mapper();
        for (LicenseTypes.Declared declared : resolver.licenseTypes()) {
            LicenseType type = declared.type();
            ObjectNode node = types.addObject();
            node.put("jurisdiction", type.jurisdiction().code());
            node.put("code", type.code());
            node.put("name", type.name());
            node.put("profession", type.profession().name().toLowerCase(java.util.Locale.ROOT));
            node.put("board", type.board());
            node.set("citation", mapper.valueToTree(declared.citation()));
            SortedSet<String> roles = roles(type);
            node.set("roles", mapper.valueToTree(roles));
            ArrayNode versions = node.putArray("versions");
            Object last = null;
            List<LocalDate> dates = probeDates(type);
            for (int i = 0; i < dates.size(); i++) {
                LocalDate on = dates.get(i);
                Optional<CycleRuleInForce> cycle = optionalCycleRule(type, on);
                if (cycle.isEmpty()) {
                    continue;
                }
                RequirementSet regular = requirements(type, on, Set.of());
                RequirementSet first = firstCycleRequirements(type, on, Set.of());
                List<Object> byRole = new ArrayList<>();
                for (String role : roles) {
                    byRole.add(List.of(role, requirements(type, on, Set.of(role))));
                }
                List<Object> content = List.of(cycle.get(), regular, first, byRole);
                if (Objects.equals(content, last)) {
                    continue;
                }
                last = content;
                ObjectNode version = versions.addObject();
                version.put("cycles_ending_from", i == 0 ? null : on.toString());
                version.set("cycle_rule", mapper.valueToTree(cycle.get()));
                version.set("requirements", typed(regular));
                if (!first.equals(regular)) {
                    version.set("first_cycle_requirements", typed(first));
                }
                ObjectNode roleNode = version.putObject("requirements_by_role");
                for (String role : roles) {
                    roleNode.set(role, typed(requirements(type, on, Set.of(role))));
                }
            }
        }
        return CetrackJson.write(root);
    }

    // Written through the element type, so that each requirement keeps its "type" (valueToTree on
    // a list sees only Object elements and drops it).
    private static com.fasterxml.jackson.databind.JsonNode typed(RequirementSet set) {
        var mapper = CetrackJson.mapper();
        try {
            return mapper.readTree(mapper.writerFor(new com.fasterxml.jackson.core.type.TypeReference<
                    List<io.github.cetrack.core.Requirement>>() {}).writeValueAsString(set.requirements()));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a requirement could not be written as JSON", e);
        }
    }

    /**
     * Returns the coverage of every jurisdiction (all 51) and profession, in jurisdiction order: the
     * licence types known and their confidence, or why there are none yet.
     */
    public List<Coverage> coverage() {
        List<Coverage> out = new ArrayList<>();
        java.util.Map<String, String> gaps = resolver.gaps();
        for (Jurisdiction j : Jurisdiction.values()) {
            for (io.github.cetrack.core.Profession p : io.github.cetrack.core.Profession.values()) {
                List<LicenseType> types = licenseTypes(j).stream().filter(t -> t.profession() == p).toList();
                String name = p.name().toLowerCase(java.util.Locale.ROOT);
                String reason = gaps.getOrDefault(j.code() + "\t" + name, gaps.get(j.code() + "\t*"));
                io.github.cetrack.core.Confidence confidence = types.isEmpty() ? null
                        : types.stream().anyMatch(t -> resolver.confidence(t) == io.github.cetrack.core.Confidence.SECONDARY)
                        ? io.github.cetrack.core.Confidence.SECONDARY : io.github.cetrack.core.Confidence.OFFICIAL;
                if (types.isEmpty() && reason == null) {
                    reason = "The boards of " + j.displayName() + " are covered for other professions only.";
                }
                out.add(new Coverage(j, p, types.stream().map(LicenseType::code).toList(), confidence, reason));
            }
        }
        return out;
    }

    /**
     * Returns why {@code jurisdiction} has no licence types in the catalogue, or empty when it has
     * some.
     */
    public Optional<String> notCovered(Jurisdiction jurisdiction) {
        if (!licenseTypes(jurisdiction).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(resolver.gaps().getOrDefault(jurisdiction.code() + "\t*", "Not in the catalogue."));
    }

    /** Returns the citation of the rule that declares {@code type}. */
    public Citation citation(LicenseType type) {
        return resolver.licenseTypes().stream().filter(d -> d.type().equals(type)).findFirst()
                .map(LicenseTypes.Declared::citation).orElseThrow();
    }

    // Cycle end dates on which the rules may change. A rule keyed on the cycle's start (like
    // New York's "cycles starting on or after 2023-04-01") changes them only for cycles ending a
    // period later, so each boundary is also probed as the first end of a cycle starting on or
    // after it, for every period length the type's cycle rules use.
    private List<LocalDate> probeDates(LicenseType type) {
        SortedSet<LocalDate> dates = new TreeSet<>();
        dates.add(LocalDate.of(1990, 1, 1));
        SortedSet<LocalDate> boundaries = effectiveDates(type);
        dates.addAll(boundaries);
        Set<Integer> periods = new TreeSet<>();
        for (LocalDate on : dates) {
            optionalCycleRule(type, on).ifPresent(c -> periods.add(c.rule().periodMonths()));
        }
        for (LocalDate boundary : boundaries) {
            for (int months : periods) {
                dates.add(firstEndStartingFrom(boundary, months));
            }
        }
        return new ArrayList<>(dates);
    }

    // The earliest end whose standard cycle (see standardCycle) starts on or after the date; month
    // arithmetic clamps at month ends, so step over the day or two it can fall short.
    static LocalDate firstEndStartingFrom(LocalDate start, int months) {
        LocalDate end = start.plusMonths(months).minusDays(1);
        while (end.plusDays(1).minusMonths(months).isBefore(start)) {
            end = end.plusDays(1);
        }
        return end;
    }

    private Optional<CycleRuleInForce> optionalCycleRule(LicenseType type, LocalDate on) {
        Resolver.CycleResolved resolved = resolver.cycleRule(type, on);
        return resolved.rule() == null ? Optional.empty()
                : Optional.of(new CycleRuleInForce(resolved.rule(), resolved.citation()));
    }

    private RenewalCycle standardCycle(LicenseType type, LocalDate on) {
        int months = cycleRule(type, on).rule().periodMonths();
        return new RenewalCycle(on.plusDays(1).minusMonths(months), on);
    }

    private static Resolver.Key key(LicenseType type, RenewalCycle cycle, boolean first, Set<String> roles) {
        return new Resolver.Key(type.jurisdiction().code(), type.code(), cycle.start(), cycle.end(), first,
                Set.copyOf(new TreeSet<>(roles)));
    }
}
