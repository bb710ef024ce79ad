package io.github.cetrack.catalog.tools.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** What each kind of rule needs: its subject on the rule, and the fields of its values. Not API. */
final class Kinds {

    private Kinds() {}

    /** A kind: the rule-level subject key (or null), required and optional value fields. */
    record Kind(String subject, Set<String> required, Set<String> optional) {
        Set<String> all() {
            Set<String> all = new java.util.TreeSet<>(required);
            all.addAll(optional);
            return all;
        }
    }

    static final Map<String, Kind> ALL = Map.ofEntries(
            Map.entry("cycle", new Kind(null, Set.of("basis", "months"),
                    Set.of("month_day", "anchor_year", "first_cycle_at_least"))),
            Map.entry("total_hours", new Kind(null, Set.of("hours"), Set.of())),
            Map.entry("category_minimum", new Kind("category", Set.of("hours"), Set.of())),
            Map.entry("format_cap", new Kind("format", Set.of(), Set.of("hours", "share"))),
            Map.entry("category_cap", new Kind("category", Set.of(), Set.of("hours", "share"))),
            Map.entry("live_minimum", new Kind(null, Set.of("hours"), Set.of())),
            Map.entry("carry_over", new Kind(null, Set.of("hours"), Set.of())),
            Map.entry("accepted_approvals", new Kind(null, Set.of("approvals", "share"), Set.of())),
            Map.entry("unit_equivalence", new Kind("unit", Set.of("hours"), Set.of())),
            Map.entry("first_cycle_exemption", new Kind(null, Set.of(), Set.of())),
            Map.entry("prorated_total", new Kind(null, Set.of("per_month", "max"), Set.of("since", "count_start_month"))),
            Map.entry("one_time", new Kind("category", Set.of("hours"), Set.of())),
            Map.entry("periodic", new Kind("category", Set.of("hours", "years"), Set.of())),
            Map.entry("category_overlap", new Kind(null, Set.of("allowed"), Set.of())),
            Map.entry("note", new Kind("code", Set.of("text"), Set.of())));

    static final List<String> RULE_KEYS = List.of("name", "types", "first_cycle", "role", "dated_by",
            "starting_before", "kind", "category", "format", "unit", "code", "values");

    static final Set<String> REFERENCE = Set.of("citation", "source", "verified", "confidence");
}
