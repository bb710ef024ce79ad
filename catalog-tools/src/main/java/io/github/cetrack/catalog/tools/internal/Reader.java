package io.github.cetrack.catalog.tools.internal;

import io.github.cetrack.core.Approvals;
import io.github.cetrack.core.Confidence;
import io.github.cetrack.core.DeliveryFormat;
import io.github.cetrack.core.HourUnit;
import io.github.cetrack.core.Jurisdiction;
import io.github.cetrack.core.Profession;
import io.github.cetrack.core.Topics;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a state file's YAML tree into the {@link Model}, collecting every problem with its line
 * instead of stopping at the first. Not API.
 */
public final class Reader {

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]{0,39}");
    private static final Pattern TYPE = Pattern.compile("[A-Z][A-Z0-9-]{0,19}");
    private static final Pattern SHARE = Pattern.compile("([1-9][0-9]?)/([1-9][0-9]?)");
    private static final Pattern MONTH_DAY = Pattern.compile("(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])");
    private static final List<String> BASES =
            List.of("expiration_date", "birth_month", "issue_anniversary", "fixed_date", "year_before_expiration");
    private static final int MAX_TEXT = 1000;

    private final List<Line> problems = new ArrayList<>();
    private final LocalDate today;

    /** A problem at a line. */
    public record Line(int line, String message) {}

    private Reader(LocalDate today) {
        this.today = today;
    }

    /**
     * Reads {@code root} (the document of file {@code fileName}); returns the model, or null when
     * a problem keeps it from being read, and adds every problem to {@code into}.
     */
    public static Model.StateFile read(Node root, String fileName, LocalDate today, List<Line> into) {
        Reader reader = new Reader(today);
        Model.StateFile file = reader.file(root, fileName);
        into.addAll(reader.problems);
        return reader.problems.isEmpty() ? file : null;
    }

    private Model.StateFile file(Node root, String fileName) {
        Map<String, Node> top = map(root, "the file", List.of("jurisdiction", "boards", "license_types", "categories",
                "not_covered", "rules"));
        if (top == null) {
            return null;
        }
        Jurisdiction jurisdiction = null;
        String code = text(top.get("jurisdiction"), "jurisdiction", true);
        if (code != null) {
            try {
                jurisdiction = Jurisdiction.of(code);
                String expected = code.toLowerCase(Locale.ROOT) + ".yaml";
                if (fileName != null && !fileName.equals(expected)) {
                    problem(top.get("jurisdiction"), "jurisdiction: " + code + " belongs in a file named " + expected);
                }
            } catch (RuntimeException e) {
                problem(top.get("jurisdiction"), "jurisdiction: is not an ISO 3166-2 code of a US state or DC, like US-CA");
            }
        }
        Map<String, Model.Board> boards = boards(top.get("boards"));
        Map<String, Model.Type> types = types(top.get("license_types"), boards);
        Map<String, Model.Category> categories = categories(top.get("categories"));
        List<Model.NotCovered> notCovered = notCovered(top.get("not_covered"));
        List<Model.Rule> rules = rules(top.get("rules"), types, categories);
        return new Model.StateFile(jurisdiction, boards, types, categories, notCovered, rules);
    }

    private Map<String, Model.Board> boards(Node node) {
        Map<String, Model.Board> out = new LinkedHashMap<>();
        Map<String, Node> entries = map(node, "boards", null);
        if (entries == null) {
            return out;
        }
        if (entries.isEmpty()) {
            problem(node, "boards: must name at least one board");
        }
        entries.forEach((id, value) -> {
            code(value, id, "boards");
            Map<String, Node> fields = map(value, "boards." + id, List.of("name", "citation", "source", "verified",
                    "confidence"));
            if (fields != null) {
                out.put(id, new Model.Board(id, text(fields.get("name"), "boards." + id + ".name", true),
                        ref(value, fields, "boards." + id)));
            }
        });
        return out;
    }

    private Map<String, Model.Type> types(Node node, Map<String, Model.Board> boards) {
        Map<String, Model.Type> out = new LinkedHashMap<>();
        Map<String, Node> entries = map(node, "license_types", null);
        if (entries == null) {
            return out;
        }
        if (entries.isEmpty()) {
            problem(node, "license_types: must name at least one licence type");
        }
        entries.forEach((code, value) -> {
            String where = "license_types." + code;
            if (!TYPE.matcher(code).matches()) {
                problem(value, where + ": a licence type code is the board's abbreviation: capitals, digits and -, at most 20, like LCSW or LPC-MHSP");
            }
            Map<String, Node> fields = map(value, where, List.of("name", "profession", "board"));
            if (fields == null) {
                return;
            }
            String board = text(fields.get("board"), where + ".board", true);
            if (board != null && !boards.containsKey(board)) {
                problem(fields.get("board"), where + ".board: " + board + " is not one of boards " + boards.keySet());
            }
            Profession profession = profession(fields.get("profession"), where + ".profession");
            out.put(code, new Model.Type(code, text(fields.get("name"), where + ".name", true), profession, board));
        });
        return out;
    }

    private Profession profession(Node node, String where) {
        String value = text(node, where, true);
        if (value == null) {
            return null;
        }
        for (Profession p : Profession.values()) {
            if (p.name().toLowerCase(Locale.ROOT).equals(value)) {
                return p;
            }
        }
        problem(node, where + ": must be one of " + names(Profession.values()));
        return null;
    }

    private Map<String, Model.Category> categories(Node node) {
        Map<String, Model.Category> out = new LinkedHashMap<>();
        if (node == null) {
            return out;
        }
        Map<String, Node> entries = map(node, "categories", null);
        if (entries == null) {
            return out;
        }
        entries.forEach((code, value) -> {
            String where = "categories." + code;
            code(value, code, "categories");
            Map<String, Node> fields = map(value, where, List.of("label", "topics"));
            if (fields == null) {
                return;
            }
            List<String> topics = new ArrayList<>();
            List<Node> items = list(fields.get("topics"), where + ".topics", true);
            for (Node item : items) {
                String topic = text(item, where + ".topics", true);
                if (topic != null && !Topics.isKnown(topic)) {
                    problem(item, where + ".topics: " + topic + " " + Topics.problem(topic));
                }
                topics.add(topic);
            }
            if (items.isEmpty() && fields.get("topics") != null) {
                problem(fields.get("topics"), where + ".topics: must name at least one topic");
            }
            out.put(code, new Model.Category(code, text(fields.get("label"), where + ".label", true), topics));
        });
        return out;
    }

    private List<Model.NotCovered> notCovered(Node node) {
        List<Model.NotCovered> out = new ArrayList<>();
        for (Node item : list(node, "not_covered", false)) {
            Map<String, Node> fields = map(item, "not_covered", List.of("profession", "reason"));
            if (fields != null) {
                out.add(new Model.NotCovered(profession(fields.get("profession"), "not_covered.profession"),
                        text(fields.get("reason"), "not_covered.reason", true)));
            }
        }
        return out;
    }

    private List<Model.Rule> rules(Node node, Map<String, Model.Type> types, Map<String, Model.Category> categories) {
        List<Model.Rule> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        List<Node> items = list(node, "rules", true);
        for (Node item : items) {
            Map<String, Node> fields = map(item, "rules[]", Kinds.RULE_KEYS);
            if (fields == null) {
                continue;
            }
            String name = text(fields.get("name"), "rules[].name", true);
            String where = "rule " + (name == null ? "(no name)" : "'" + name + "'");
            if (name != null && !names.add(name)) {
                problem(fields.get("name"), where + ": another rule has this name");
            }
            List<String> ruleTypes = new ArrayList<>();
            if (fields.containsKey("types")) {
                for (Node t : list(fields.get("types"), where + ".types", true)) {
                    String code = text(t, where + ".types", true);
                    if (code != null && !types.containsKey(code)) {
                        problem(t, where + ".types: " + code + " is not one of license_types " + types.keySet());
                    }
                    ruleTypes.add(code);
                }
            }
            Boolean firstCycle = fields.containsKey("first_cycle") ? bool(fields.get("first_cycle"), where + ".first_cycle")
                    : null;
            String role = fields.containsKey("role") ? code(fields.get("role"), text(fields.get("role"), where + ".role",
                    true), where + ".role") : null;
            boolean byStart = false;
            if (fields.containsKey("dated_by")) {
                String by = text(fields.get("dated_by"), where + ".dated_by", true);
                byStart = "cycle_start".equals(by);
                if (!byStart && !"cycle_end".equals(by)) {
                    problem(fields.get("dated_by"), where + ".dated_by: must be cycle_end or cycle_start");
                }
            }
            LocalDate startingBefore = fields.containsKey("starting_before")
                    ? date(fields.get("starting_before"), where + ".starting_before") : null;
            String kindName = text(fields.get("kind"), where + ".kind", true);
            Kinds.Kind kind = kindName == null ? null : Kinds.ALL.get(kindName);
            if (kindName != null && kind == null) {
                problem(fields.get("kind"), where + ".kind: must be one of " + new java.util.TreeSet<>(Kinds.ALL.keySet()));
            }
            Map<String, String> subject = new LinkedHashMap<>();
            for (String key : List.of("category", "format", "unit", "code")) {
                boolean wanted = kind != null && key.equals(kind.subject());
                if (fields.containsKey(key) && kind != null && !wanted) {
                    problem(fields.get(key), where + "." + key + ": a " + kindName + " rule has no " + key);
                } else if (wanted && !fields.containsKey(key)) {
                    problem(item, where + ": a " + kindName + " rule needs " + key);
                } else if (wanted) {
                    String value = text(fields.get(key), where + "." + key, true);
                    subject(fields.get(key), key, value, where, categories);
                    subject.put(key, value);
                }
            }
            if ("cycle".equals(kindName) && (firstCycle != null || role != null || byStart || startingBefore != null)) {
                problem(item, where + ": a cycle rule is keyed by licence type and date only (no first_cycle, role,"
                        + " dated_by or starting_before)");
            }
            List<Model.Value> values = values(fields.get("values"), where, kind);
            out.add(new Model.Rule(line(item), name, ruleTypes, firstCycle, role, byStart, startingBefore, kindName,
                    subject, values));
        }
        return out;
    }

    private void subject(Node node, String key, String value, String where, Map<String, Model.Category> categories) {
        if (value == null) {
            return;
        }
        switch (key) {
            case "category" -> {
                if (!categories.containsKey(value)) {
                    problem(node, where + ".category: " + value + " is not one of categories " + categories.keySet());
                }
            }
            case "format" -> enumValue(node, value, DeliveryFormat.values(), where + ".format");
            case "unit" -> enumValue(node, value, HourUnit.values(), where + ".unit");
            default -> code(node, value, where + ".code");
        }
    }

    private List<Model.Value> values(Node node, String where, Kinds.Kind kind) {
        List<Model.Value> out = new ArrayList<>();
        List<Node> items = list(node, where + ".values", true);
        if (items.isEmpty() && node != null) {
            problem(node, where + ".values: must have at least one value");
        }
        LocalDate previous = null;
        for (int i = 0; i < items.size(); i++) {
            Node item = items.get(i);
            String at = where + ".values[" + i + "]";
            Map<String, Node> fields = map(item, at, null);
            if (fields == null) {
                continue;
            }
            LocalDate from = fields.containsKey("from") ? date(fields.get("from"), at + ".from") : null;
            if (from == null && i > 0) {
                problem(item, at + ": every value but the first needs a from date");
            }
            if (from != null && previous != null && !from.isAfter(previous)) {
                problem(fields.get("from"), at + ".from: values must be in date order, each after the one before");
            }
            if (from != null) {
                previous = from;
            }
            if (fields.containsKey("none")) {
                if (i == 0) {
                    problem(item, at + ": the first value cannot be none (leave the rule out instead)");
                }
                for (String key : fields.keySet()) {
                    if (!key.equals("from") && !key.equals("none")) {
                        problem(fields.get(key), at + "." + key + ": a none value has only from and none");
                    }
                }
                out.add(new Model.Value(line(item), from, text(fields.get("none"), at + ".none", true), Map.of(), null));
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
                        problem(field.getValue(), at + "." + key + ": is not a field of this kind (it has "
                                + (kind.all().isEmpty() ? "none" : kind.all()) + ")");
                        continue;
                    }
                    values.put(key, field(field.getValue(), key, at + "." + key));
                }
                for (String required : kind.required()) {
                    if (!fields.containsKey(required)) {
                        problem(item, at + ": needs " + required);
                    }
                }
                if (kind.required().isEmpty() && kind.optional().contains("share")
                        && fields.containsKey("hours") == fields.containsKey("share")) {
                    problem(item, at + ": needs either hours or share");
                }
                cycleShape(item, values, at);
            }
            out.add(new Model.Value(line(item), from, null, values, ref(item, fields, at)));
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
                    problem(item, at + ": a fixed_date cycle needs " + needed);
                }
            }
        } else if (basis != null && (values.containsKey("month_day") || values.containsKey("anchor_year"))) {
            problem(item, at + ": month_day and anchor_year belong to fixed_date cycles only");
        }
        if ("year_before_expiration".equals(basis) && values.get("months") instanceof Integer months
                && months % 12 != 0) {
            problem(item, at + ".months: a year_before_expiration cycle lasts whole years (12, 24, 36, ...)");
        }
    }

    private Object field(Node node, String key, String where) {
        return switch (key) {
            case "hours", "per_month", "max" -> hours(node, where);
            case "share" -> share(node, where);
            case "months", "first_cycle_at_least" -> integer(node, where, 1, 120);
            case "years" -> integer(node, where, 1, 20);
            case "anchor_year" -> integer(node, where, 1900, 2100);
            case "since" -> date(node, where);
            case "allowed", "count_start_month" -> bool(node, where);
            case "approvals" -> approvals(node, where);
            case "basis" -> {
                String basis = text(node, where, true);
                if (basis != null && !BASES.contains(basis)) {
                    problem(node, where + ": must be one of " + String.join(", ", BASES));
                }
                yield basis;
            }
            case "month_day" -> {
                String md = text(node, where, true);
                if (md != null && !MONTH_DAY.matcher(md).matches()) {
                    problem(node, where + ": must be a month and day like \"12-31\"");
                }
                yield md;
            }
            default -> text(node, where, true);
        };
    }

    private List<String> approvals(Node node, String where) {
        List<String> out = new ArrayList<>();
        for (Node item : list(node, where, true)) {
            String code = text(item, where, true);
            if (code != null && !Approvals.isKnown(code)) {
                problem(item, where + ": " + code + " " + Approvals.problem(code));
            }
            out.add(code);
        }
        if (out.isEmpty()) {
            problem(node, where + ": must name at least one approval");
        }
        return out;
    }

    private Model.Ref ref(Node at, Map<String, Node> fields, String where) {
        String citation = text(fields.get("citation"), where + ".citation", true);
        String source = text(fields.get("source"), where + ".source", true);
        if (source != null && !source.startsWith("https://")) {
            problem(fields.get("source"), where + ".source: must be an https:// link to the text the value was read in");
        }
        LocalDate verified = date(fields.get("verified"), where + ".verified");
        if (verified != null && verified.isAfter(today)) {
            problem(fields.get("verified"), where + ".verified: " + verified + " is in the future");
        }
        Confidence confidence = null;
        String level = text(fields.get("confidence"), where + ".confidence", true);
        if ("official".equals(level)) {
            confidence = Confidence.OFFICIAL;
        } else if ("secondary".equals(level)) {
            confidence = Confidence.SECONDARY;
        } else if (level != null) {
            problem(fields.get("confidence"), where + ".confidence: must be official or secondary");
        }
        if (fields.get("citation") == null || fields.get("source") == null || fields.get("verified") == null
                || fields.get("confidence") == null) {
            problem(at, where + ": every value needs citation, source, verified and confidence");
        }
        return new Model.Ref(citation, source, verified, confidence);
    }

    // ---------------------------------------------------------------- scalars and structure

    private Map<String, Node> map(Node node, String where, List<String> allowed) {
        if (node == null) {
            problem(null, where + ": is missing");
            return null;
        }
        if (!(node instanceof MappingNode mapping)) {
            problem(node, where + ": must be a mapping of keys to values");
            return null;
        }
        Map<String, Node> out = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : null;
            if (key == null) {
                problem(tuple.getKeyNode(), where + ": keys must be plain words");
                continue;
            }
            if (allowed != null && !allowed.contains(key)) {
                problem(tuple.getKeyNode(), where + ": unknown key " + key + " (known: " + String.join(", ", allowed) + ")");
                continue;
            }
            if (out.put(key, tuple.getValueNode()) != null) {
                problem(tuple.getKeyNode(), where + ": key " + key + " appears twice");
            }
        }
        return out;
    }

    private List<Node> list(Node node, String where, boolean required) {
        if (node == null) {
            if (required) {
                problem(null, where + ": is missing");
            }
            return List.of();
        }
        if (!(node instanceof SequenceNode sequence)) {
            problem(node, where + ": must be a list");
            return List.of();
        }
        return sequence.getValue();
    }

    private String text(Node node, String where, boolean required) {
        if (node == null) {
            if (required) {
                problem(null, where + ": is missing");
            }
            return null;
        }
        if (!(node instanceof ScalarNode scalar)) {
            problem(node, where + ": must be a single value");
            return null;
        }
        String value = scalar.getValue().strip();
        if (value.isEmpty() || value.equals("null") || value.equals("~")) {
            problem(node, where + ": must not be empty");
            return null;
        }
        if (value.length() > MAX_TEXT) {
            problem(node, where + ": longer than " + MAX_TEXT + " characters");
            return null;
        }
        // Text ends up inside string literals of generated rules: characters that could end or
        // escape a literal, or open a template expression, are refused rather than escaped.
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\' || Character.isISOControl(c) || Character.isSurrogate(c)) {
                problem(node, where + ": must not contain \" or \\ or control characters (use typographic quotes)");
                return null;
            }
        }
        if (value.contains("@{")) {
            problem(node, where + ": must not contain @{");
            return null;
        }
        return value;
    }

    private String code(Node node, String value, String where) {
        if (value != null && !CODE.matcher(value).matches()) {
            problem(node, where + ": " + value + " must be a lower-case code like law_and_ethics");
        }
        return value;
    }

    private LocalDate date(Node node, String where) {
        String text = text(node, where, true);
        if (text == null) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text);
            if (date.getYear() < 1900 || date.getYear() > 2100) {
                problem(node, where + ": " + text + " is not a plausible date");
            }
            return date;
        } catch (DateTimeParseException e) {
            problem(node, where + ": " + text + " is not an ISO date like 2025-01-01");
            return null;
        }
    }

    private BigDecimal hours(Node node, String where) {
        String text = text(node, where, true);
        if (text == null) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(text);
            if (value.signum() < 0 || value.stripTrailingZeros().scale() > 2 || value.compareTo(new BigDecimal("9999")) > 0) {
                problem(node, where + ": " + text + " must be an amount from 0 to 9999 with at most 2 decimals");
                return null;
            }
            return value.stripTrailingZeros().scale() < 0 ? value.setScale(0) : value.stripTrailingZeros();
        } catch (NumberFormatException e) {
            problem(node, where + ": " + text + " is not a number");
            return null;
        }
    }

    private String share(Node node, String where) {
        String text = text(node, where, true);
        if (text != null) {
            var m = SHARE.matcher(text);
            if (!m.matches() || Integer.parseInt(m.group(1)) > Integer.parseInt(m.group(2))) {
                problem(node, where + ": " + text + " must be a fraction of at most one, like 1/3");
                return null;
            }
        }
        return text;
    }

    private Integer integer(Node node, String where, int min, int max) {
        String text = text(node, where, true);
        if (text == null) {
            return null;
        }
        try {
            int value = Integer.parseInt(text);
            if (value < min || value > max) {
                problem(node, where + ": " + value + " must be from " + min + " to " + max);
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            problem(node, where + ": " + text + " is not a whole number");
            return null;
        }
    }

    private Boolean bool(Node node, String where) {
        String text = text(node, where, true);
        if ("true".equals(text) || "false".equals(text)) {
            return Boolean.valueOf(text);
        }
        if (text != null) {
            problem(node, where + ": must be true or false");
        }
        return null;
    }

    private <E extends Enum<E>> void enumValue(Node node, String value, E[] values, String where) {
        for (E e : values) {
            if (e.name().toLowerCase(Locale.ROOT).equals(value)) {
                return;
            }
        }
        problem(node, where + ": must be one of " + names(values));
    }

    private static String names(Enum<?>[] values) {
        List<String> names = new ArrayList<>();
        for (Enum<?> e : values) {
            names.add(e.name().toLowerCase(Locale.ROOT));
        }
        return String.join(", ", names);
    }

    private void problem(Node node, String message) {
        problems.add(new Line(line(node), message));
    }

    private static int line(Node node) {
        return node == null ? 0 : node.getStartMark().getLine() + 1;
    }
}
