package io.github.cetrack.catalog.tools.internal;

import io.github.cetrack.core.Approvals;
import io.github.cetrack.core.Confidence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;

/**
 * A rule's dated values: their order, the fields of their kind, the shape of a cycle, and the
 * citation, source, verified date and confidence every value carries.
 */
final class Values {

    private static final Pattern MONTH_DAY = Pattern.compile("(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])");
    private static final List<String> BASES =
            List.of("expiration_date", "birth_month", "issue_anniversary", "fixed_date", "year_before_expiration");

    private final Nodes nodes;
    private final LocalDate today;

    Values(Nodes nodes, LocalDate today) {
        this.nodes = nodes;
        this.today = today;
    }

    List<Model.Value> values(Node node, String where, Kinds.Kind kind) {
        List<Model.Value> out = new ArrayList<>();
        List<Node> items = nodes.list(node, where + ".values", true);
        if (items.isEmpty() && node != null) {
            nodes.problem(node, where + ".values: must have at least one value");
        }
        LocalDate previous = null;
        for (int i = 0; i < items.size(); i++) {
            Node item = items.get(i);
            String at = where + ".values[" + i + "]";
            Map<String, Node> fields = nodes.map(item, at, null);
            if (fields == null) {
                continue;
            }
            LocalDate from = fields.containsKey("from") ? nodes.date(fields.get("from"), at + ".from") : null;
            if (from == null && i > 0) {
                nodes.problem(item, at + ": every value but the first needs a from date");
            }
            if (from != null && previous != null && !from.isAfter(previous)) {
                nodes.problem(fields.get("from"), at + ".from: values must be in date order, each after the one before");
            }
            if (from != null) {
                previous = from;
            }
            if (fields.containsKey("none")) {
                if (i == 0) {
                    nodes.problem(item, at + ": the first value cannot be none (leave the rule out instead)");
                }
                for (String key : fields.keySet()) {
                    if (!key.equals("from") && !key.equals("none")) {
                        nodes.problem(fields.get(key), at + "." + key + ": a none value has only from and none");
                    }
                }
                out.add(new Model.Value(Nodes.line(item), from, nodes.text(fields.get("none"), at + ".none", true), Map.of(), null));
                continue;
            }
            Map<String, Object> values = new LinkedHashMap<>();
            if (kind != null) {
                for (Map.Entry<String, Node> field : fields.entrySet()) {
                    String key = field.getKey();
                    if (key.equals("from") || Kinds.REFERENCE.contains(key)) {
                        continue;
                    }
                    if (!kind.all().contains(key)) {
                        nodes.problem(field.getValue(), at + "." + key + ": is not a field of this kind (it has "
                                + (kind.all().isEmpty() ? "none" : kind.all()) + ")");
                        continue;
                    }
                    values.put(key, field(field.getValue(), key, at + "." + key));
                }
                for (String required : kind.required()) {
                    if (!fields.containsKey(required)) {
                        nodes.problem(item, at + ": needs " + required);
                    }
                }
                if (kind.required().isEmpty() && kind.optional().contains("share")
                        && fields.containsKey("hours") == fields.containsKey("share")) {
                    nodes.problem(item, at + ": needs either hours or share");
                }
                cycleShape(item, values, at);
            }
            out.add(new Model.Value(Nodes.line(item), from, null, values, ref(item, fields, at)));
        }
        return out;
    }

    // The fields a cycle needs depend on its basis; a missing one would otherwise surface as a
    // broken rule at compile time instead of a file:line problem.
    private void cycleShape(Node item, Map<String, Object> values, String at) {
        Object basis = values.get("basis");
        if ("fixed_date".equals(basis)) {
            for (String needed : List.of("month_day", "anchor_year")) {
                if (!values.containsKey(needed)) {
                    nodes.problem(item, at + ": a fixed_date cycle needs " + needed);
                }
            }
        } else if (basis != null && (values.containsKey("month_day") || values.containsKey("anchor_year"))) {
            nodes.problem(item, at + ": month_day and anchor_year belong to fixed_date cycles only");
        }
        if ("year_before_expiration".equals(basis) && values.get("months") instanceof Integer months
                && months % 12 != 0) {
            nodes.problem(item, at + ".months: a year_before_expiration cycle lasts whole years (12, 24, 36, ...)");
        }
    }

    private Object field(Node node, String key, String where) {
        return switch (key) {
            case "hours", "per_month", "max" -> nodes.hours(node, where);
            case "share" -> nodes.share(node, where);
            case "months", "first_cycle_at_least" -> nodes.integer(node, where, 1, 120);
            case "years" -> nodes.integer(node, where, 1, 20);
            case "anchor_year" -> nodes.integer(node, where, 1900, 2100);
            case "since" -> nodes.date(node, where);
            case "allowed", "count_start_month" -> nodes.bool(node, where);
            case "approvals" -> approvals(node, where);
            case "basis" -> {
                String basis = nodes.text(node, where, true);
                if (basis != null && !BASES.contains(basis)) {
                    nodes.problem(node, where + ": must be one of " + String.join(", ", BASES));
                }
                yield basis;
            }
            case "month_day" -> {
                String md = nodes.text(node, where, true);
                if (md != null && !MONTH_DAY.matcher(md).matches()) {
                    nodes.problem(node, where + ": must be a month and day like \"12-31\"");
                }
                yield md;
            }
            default -> nodes.text(node, where, true);
        };
    }

    private List<String> approvals(Node node, String where) {
        List<String> out = new ArrayList<>();
        for (Node item : nodes.list(node, where, true)) {
            String code = nodes.text(item, where, true);
            if (code != null && !Approvals.isKnown(code)) {
                nodes.problem(item, where + ": " + code + " " + Approvals.problem(code));
            }
            out.add(code);
        }
        if (out.isEmpty()) {
            nodes.problem(node, where + ": must name at least one approval");
        }
        return out;
    }

    Model.Ref ref(Node at, Map<String, Node> fields, String where) {
        String citation = nodes.text(fields.get("citation"), where + ".citation", true);
        String source = nodes.text(fields.get("source"), where + ".source", true);
        if (source != null && !source.startsWith("https://")) {
            nodes.problem(fields.get("source"), where + ".source: must be an https:// link to the text the value was read in");
        }
        LocalDate verified = nodes.date(fields.get("verified"), where + ".verified");
        if (verified != null && verified.isAfter(today)) {
            nodes.problem(fields.get("verified"), where + ".verified: " + verified + " is in the future");
        }
        Confidence confidence = null;
        String level = nodes.text(fields.get("confidence"), where + ".confidence", true);
        if ("official".equals(level)) {
            confidence = Confidence.OFFICIAL;
        } else if ("secondary".equals(level)) {
            confidence = Confidence.SECONDARY;
        } else if (level != null) {
            nodes.problem(fields.get("confidence"), where + ".confidence: must be official or secondary");
        }
        if (fields.get("citation") == null || fields.get("source") == null || fields.get("verified") == null
                || fields.get("confidence") == null) {
            nodes.problem(at, where + ": every value needs citation, source, verified and confidence");
        }
        return new Model.Ref(citation, source, verified, confidence);
    }
}
