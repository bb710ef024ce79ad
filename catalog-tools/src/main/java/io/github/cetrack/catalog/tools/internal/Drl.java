package io.github.cetrack.catalog.tools.internal;

import io.github.cetrack.catalog.tools.internal.Model.Category;
import io.github.cetrack.catalog.tools.internal.Model.Ref;
import io.github.cetrack.catalog.tools.internal.Model.Rule;
import io.github.cetrack.catalog.tools.internal.Model.StateFile;
import io.github.cetrack.catalog.tools.internal.Model.Value;
import io.github.cetrack.core.Jurisdiction;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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

    /** The package of every jurisdiction's generated rules is under this one. */
    public static final String PACKAGE = "io.github.cetrack.catalog.rules.data";

    // The template's package line, completed with the jurisdiction's package.
    private static final String TEMPLATE_PACKAGE = "package " + PACKAGE + ".JURISDICTION;";

    // The columns of a row of state.drt that the index reads.
    private static final int RULE = 1;
    private static final int CITATION = 3;
    private static final int SOURCE = 4;
    private static final int VERIFIED = 5;
    private static final int CONFIDENCE = 6;
    private static final int TYPES = 8;
    private static final int DATES = 9;

    /** Returns the package of {@code jurisdiction}'s rules, like {@code io.github.cetrack.catalog.rules.data.us_ca}. */
    public static String packageOf(Jurisdiction jurisdiction) {
        return PACKAGE + "." + jurisdiction.code().toLowerCase(Locale.ROOT).replace('-', '_');
    }

    /** Returns the DRL of {@code file}, in the package of its jurisdiction. */
    public static String of(StateFile file) {
        List<String[]> rows = rows(file, new ArrayList<>());
        try (InputStream in = Drl.class.getResourceAsStream("/io/github/cetrack/catalog/tools/state.drt")) {
            String template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (!template.contains(TEMPLATE_PACKAGE)) {
                throw new IllegalStateException("state.drt lost its line " + TEMPLATE_PACKAGE);
            }
            template = template.replace(TEMPLATE_PACKAGE, "package " + packageOf(file.jurisdiction()) + ";");
            return new DataProviderCompiler().compile(new ArrayDataProvider(rows.toArray(new String[0][])),
                    new ByteArrayInputStream(template.getBytes(StandardCharsets.UTF_8)));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Returns {@code file}'s lines of the licence-type index ({@link #INDEX_HEADER}), from the rows
     * its DRL is written from: each type the rules declare, the citation of the rule declaring it,
     * and what the engine would otherwise read from the metadata of every rule that applies to the
     * type (its {@code @jurisdiction}, and {@code @types} of {@code *} or naming it): the dates of
     * {@code @dates} and whether any {@code @confidence} is secondary.
     */
    public static List<String> index(StateFile file) {
        List<Declared> declared = new ArrayList<>();
        List<String[]> rows = rows(file, declared);
        List<String> out = new ArrayList<>();
        for (Declared d : declared) {
            TreeSet<String> dates = new TreeSet<>();
            String confidence = "official";
            for (String[] row : rows) {
                if (!row[TYPES].equals("*") && !List.of(row[TYPES].split(",")).contains(d.type().code())) {
                    continue;
                }
                if (!row[DATES].equals("-")) {
                    for (String date : row[DATES].split(",")) {
                        dates.add(date.substring(date.indexOf(':') + 1));
                    }
                }
                if (row[CONFIDENCE].equals("secondary")) {
                    confidence = "secondary";
                }
            }
            String[] by = d.row();
            out.add(String.join("\t", file.jurisdiction().code(), d.type().code(), d.type().name(),
                    d.type().profession().name(), d.board(), by[RULE], by[CITATION], by[SOURCE], by[VERIFIED],
                    by[CONFIDENCE], dates.isEmpty() ? "-" : String.join(",", dates), confidence));
        }
        return out;
    }

    /** The first line of the licence-type index: its columns. */
    public static final String INDEX_HEADER = "# Generated by cetrack-catalog-tools: jurisdiction, code, name, profession,"
            + " board, and the declaring rule's @rule, @citation, @source, @verified, @confidence; then the dates"
            + " the type's rules change on (- for none) and whether any of them is secondary.";

    // A licence type as its board's rule declares it, with that rule's row.
    private record Declared(Model.Type type, String board, String[] row) {}

    // The template's rows, one per rule; the licence types declared are added to declared.
    private static List<String[]> rows(StateFile file, List<Declared> declared) {
        List<String[]> rows = new ArrayList<>();
        String jurisdiction = file.jurisdiction().code();
        int salience = 0;
        for (Model.Board board : file.boards().values()) {
            List<String> statements = new ArrayList<>();
            List<Model.Type> types = file.types().values().stream().filter(t -> t.board().equals(board.id())).toList();
            types.forEach(t -> statements.add(
                    "    $f.define(" + literals(jurisdiction, t.code(), t.name(), t.profession().name(), board.name())
                            + ");"));
            if (!statements.isEmpty()) {
                String[] row = row(jurisdiction + " licence types: " + board.name(), jurisdiction + " licence types",
                        salience--, board.ref(), jurisdiction, "*", "-", "LicenseTypes()", String.join("\n", statements));
                rows.add(row);
                types.forEach(t -> declared.add(new Declared(t, board.name(), row)));
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
        return rows;
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
