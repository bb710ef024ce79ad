package io.github.cetrack.catalog.tools.internal;

import io.github.cetrack.catalog.tools.internal.Model.Category;
import io.github.cetrack.catalog.tools.internal.Model.Ref;
import io.github.cetrack.catalog.tools.internal.Model.Rule;
import io.github.cetrack.catalog.tools.internal.Model.StateFile;
import io.github.cetrack.catalog.tools.internal.Model.Value;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.drools.template.DataProviderCompiler;
import org.drools.template.objects.ArrayDataProvider;

/**
 * Turns a checked state file into DRL through the Drools rule template {@code state.drt}: one row,
 * and so one rule, per dated value. Every cell is built here from checked data (text with no
 * quote or backslash), so no file can add anything to a rule but vocabulary statements with
 * literal arguments. Not API.
 */
public final class Drl {

    private Drl() {}

    /** Returns the DRL of {@code file}. */
    public static String of(StateFile file) {
        List<String[]> rows = new ArrayList<>();
        String jurisdiction = file.jurisdiction().code();
        int salience = 0;
        for (Model.Board board : file.boards().values()) {
            List<String> statements = new ArrayList<>();
            file.types().values().stream().filter(t -> t.board().equals(board.id())).forEach(t -> statements.add(
                    "    $f.define(" + literals(jurisdiction, t.code(), t.name(), t.profession().name(), board.name())
                            + ");"));
            if (!statements.isEmpty()) {
                rows.add(row(jurisdiction + " licence types: " + board.name(), jurisdiction + " licence types",
                        salience--, board.ref(), jurisdiction, "*", "-", "LicenseTypes()", String.join("\n", statements)));
            }
        }
        for (Rule rule : file.rules()) {
            String name = jurisdiction + " " + rule.name();
            String types = rule.types().isEmpty() ? "*" : String.join(",", rule.types());
            String dates = dates(rule);
            List<Value> values = rule.values();
            for (int i = 0; i < values.size(); i++) {
                Value value = values.get(i);
                if (value.none() != null) {
                    continue;
                }
                LocalDate until = i + 1 < values.size() ? values.get(i + 1).from() : null;
                boolean cycle = rule.kind().equals("cycle");
                String id = name + " @ " + (value.from() == null ? "start" : value.from().toString());
                rows.add(row(id, name, salience--, value.ref(), jurisdiction, types, dates,
                        (cycle ? "CycleQuery(" : "Renewal(") + constraints(jurisdiction, rule, value.from(), until) + ")",
                        statements(rule, value, file.categories())));
            }
        }
        try (InputStream template = Drl.class.getResourceAsStream("/io/github/cetrack/catalog/tools/state.drt")) {
            return new DataProviderCompiler().compile(new ArrayDataProvider(rows.toArray(new String[0][])), template);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    // What the engine reads instead of probing: each date the rule's values change on, and whether
    // it is compared with the cycle's end or start.
    private static String dates(Rule rule) {
        TreeSet<String> out = new TreeSet<>();
        for (Value value : rule.values()) {
            if (value.from() != null) {
                out.add((rule.byStart() ? "start:" : "end:") + value.from());
            }
        }
        if (rule.startingBefore() != null) {
            out.add("start:" + rule.startingBefore());
        }
        return out.isEmpty() ? "-" : String.join(",", out);
    }

    private static String[] row(String id, String rule, int salience, Ref ref, String jurisdiction, String types,
            String dates, String pattern, String statements) {
        for (String text : List.of(id, rule, ref.citation(), ref.source())) {
            literal(text);
        }
        return new String[] {id, rule, Integer.toString(salience), ref.citation(), ref.source(),
            ref.verified().toString(), ref.confidence().name().toLowerCase(Locale.ROOT), jurisdiction, types, dates, pattern,
            statements};
    }

    private static String constraints(String jurisdiction, Rule rule, LocalDate from, LocalDate until) {
        List<String> out = new ArrayList<>();
        out.add("jurisdiction == " + literal(jurisdiction));
        if (rule.types().size() == 1) {
            out.add("licenseType == " + literal(rule.types().get(0)));
        } else if (!rule.types().isEmpty()) {
            out.add("licenseType in (" + literals(rule.types().toArray(new String[0])) + ")");
        }
        if (rule.kind().equals("cycle")) {
            if (from != null) {
                out.add("onOrAfter(" + literal(from.toString()) + ")");
            }
            if (until != null) {
                out.add("dateBefore(" + literal(until.toString()) + ")");
            }
            return String.join(", ", out);
        }
        if (rule.firstCycle() != null) {
            out.add("firstCycle == " + rule.firstCycle());
        }
        if (rule.role() != null) {
            out.add("hasRole(" + literal(rule.role()) + ")");
        }
        if (rule.startingBefore() != null) {
            out.add("startsBefore(" + literal(rule.startingBefore().toString()) + ")");
        }
        String on = rule.byStart() ? "starts" : "ends";
        if (from != null) {
            out.add(on + "OnOrAfter(" + literal(from.toString()) + ")");
        }
        if (until != null) {
            out.add(on + "Before(" + literal(until.toString()) + ")");
        }
        return String.join(", ", out);
    }

    private static String statements(Rule rule, Value value, Map<String, Category> categories) {
        Map<String, Object> f = value.fields();
        Category category = rule.subject().containsKey("category") ? categories.get(rule.subject().get("category")) : null;
        String call = switch (rule.kind()) {
            case "cycle" -> cycle(f);
            case "total_hours" -> "totalHours(" + amount(f.get("hours")) + ")";
            case "category_minimum" -> "categoryMinimum(" + category(category) + ", " + amount(f.get("hours"))
                    + topics(category) + ")";
            case "format_cap" -> "formatCap(" + literal(rule.subject().get("format").toUpperCase(Locale.ROOT)) + ", "
                    + limit(f) + ")";
            case "category_cap" -> "categoryCap(" + category(category) + ", " + limit(f) + topics(category) + ")";
            case "live_minimum" -> "liveMinimum(" + amount(f.get("hours")) + ")";
            case "carry_over" -> "carryOver(" + amount(f.get("hours")) + ")";
            case "accepted_approvals" -> {
                @SuppressWarnings("unchecked")
                List<String> approvals = (List<String>) f.get("approvals");
                List<String> args = new ArrayList<>(List.of((String) f.get("share")));
                args.addAll(approvals);
                yield "acceptedApprovals(" + literals(args.toArray(new String[0])) + ")";
            }
            case "unit_equivalence" -> "unitEquivalence(" + literal(rule.subject().get("unit").toUpperCase(Locale.ROOT))
                    + ", " + amount(f.get("hours")) + ")";
            case "first_cycle_exemption" -> "firstCycleExempt()";
            case "prorated_total" -> (Boolean.TRUE.equals(f.get("count_start_month")) ? "proratedTotalCountingStartMonth("
                    : "proratedTotal(") + amount(f.get("per_month"))
                    + (f.containsKey("since") ? ", " + literal(f.get("since").toString()) : "") + ", "
                    + amount(f.get("max")) + ")";
            case "one_time" -> "oneTime(" + category(category) + ", " + amount(f.get("hours")) + topics(category) + ")";
            case "periodic" -> "periodic(" + category(category) + ", " + amount(f.get("hours")) + ", " + f.get("years")
                    + topics(category) + ")";
            case "category_overlap" -> "categoryOverlap(" + f.get("allowed") + ")";
            case "note" -> "note(" + literals(rule.subject().get("code"), (String) f.get("text")) + ")";
            default -> throw new IllegalStateException("unchecked kind " + rule.kind());
        };
        String out = "    $f." + call + ";";
        if (rule.kind().equals("cycle") && f.containsKey("first_cycle_at_least")) {
            out += "\n    $f.firstCycleAtLeast(" + f.get("first_cycle_at_least") + ");";
        }
        return out;
    }

    private static String cycle(Map<String, Object> f) {
        int months = (Integer) f.get("months");
        return switch ((String) f.get("basis")) {
            case "expiration_date" -> "expirationDate(" + months + ")";
            case "birth_month" -> "birthMonth(" + months + ")";
            case "issue_anniversary" -> "issueAnniversary(" + months + ")";
            case "year_before_expiration" -> "yearBeforeExpiration(" + months + ")";
            default -> "fixedDate(" + literal((String) f.get("month_day")) + ", " + months + ", " + f.get("anchor_year")
                    + ")";
        };
    }

    private static String category(Category category) {
        return literals(category.code(), category.label());
    }

    private static String topics(Category category) {
        return ", " + literals(category.topics().toArray(new String[0]));
    }

    private static String limit(Map<String, Object> f) {
        return f.containsKey("share") ? literal((String) f.get("share")) : amount(f.get("hours"));
    }

    private static String amount(Object hours) {
        return literal(((BigDecimal) hours).toPlainString());
    }

    private static String literals(String... values) {
        List<String> out = new ArrayList<>();
        for (String value : values) {
            out.add(literal(value));
        }
        return String.join(", ", out);
    }

    private static String literal(String value) {
        // The reader refused quotes, backslashes and control characters; check again here, since a
        // literal that could close early is the one way data could become code.
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\' || Character.isISOControl(c)) {
                throw new IllegalArgumentException("unsafe text reached the rule writer: " + value);
            }
        }
        return '"' + value + '"';
    }
}
