package io.github.cetrack.catalog.tools.internal;

import io.github.cetrack.core.DeliveryFormat;
import io.github.cetrack.core.HourUnit;
import io.github.cetrack.core.Jurisdiction;
import io.github.cetrack.core.Profession;
import io.github.cetrack.core.Topics;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a state file's YAML tree into the {@link Model}, collecting every problem with its line
 * instead of stopping at the first. Not API.
 */
public final class Reader {

    private static final Pattern TYPE = Pattern.compile("[A-Z][A-Z0-9-]{0,19}");

    private final Nodes nodes = new Nodes();
    private final Values dated;

    /** A problem at a line. */
    public record Line(int line, String message) {}

    private Reader(LocalDate today) {
        this.dated = new Values(nodes, today);
    }

    /**
     * Reads {@code root} (the document of file {@code fileName}); returns the model, or null when
     * a problem keeps it from being read, and adds every problem to {@code into}.
     */
    public static Model.StateFile read(Node root, String fileName, LocalDate today, List<Line> into) {
        Reader reader = new Reader(today);
        Model.StateFile file = reader.file(root, fileName);
        into.addAll(reader.nodes.problems);
        return reader.nodes.problems.isEmpty() ? file : null;
    }

    private Model.StateFile file(Node root, String fileName) {
        Map<String, Node> top = nodes.map(root, "the file", List.of("jurisdiction", "boards", "license_types", "categories",
                "not_covered", "rules"));
        if (top == null) {
            return null;
        }
        Jurisdiction jurisdiction = null;
        String code = nodes.text(top.get("jurisdiction"), "jurisdiction", true);
        if (code != null) {
            try {
                jurisdiction = Jurisdiction.of(code);
                String expected = code.toLowerCase(Locale.ROOT) + ".yaml";
                if (fileName != null && !fileName.equals(expected)) {
                    nodes.problem(top.get("jurisdiction"), "jurisdiction: " + code + " belongs in a file named " + expected);
                }
            } catch (RuntimeException e) {
                nodes.problem(top.get("jurisdiction"), "jurisdiction: is not an ISO 3166-2 code of a US state or DC, like US-CA");
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
        Map<String, Node> entries = nodes.map(node, "boards", null);
        if (entries == null) {
            return out;
        }
        if (entries.isEmpty()) {
            nodes.problem(node, "boards: must name at least one board");
        }
        entries.forEach((id, value) -> {
            nodes.code(value, id, "boards");
            Map<String, Node> fields = nodes.map(value, "boards." + id, List.of("name", "citation", "source", "verified",
                    "confidence"));
            if (fields != null) {
                out.put(id, new Model.Board(id, nodes.text(fields.get("name"), "boards." + id + ".name", true),
                        dated.ref(value, fields, "boards." + id)));
            }
        });
        return out;
    }

    private Map<String, Model.Type> types(Node node, Map<String, Model.Board> boards) {
        Map<String, Model.Type> out = new LinkedHashMap<>();
        Map<String, Node> entries = nodes.map(node, "license_types", null);
        if (entries == null) {
            return out;
        }
        if (entries.isEmpty()) {
            nodes.problem(node, "license_types: must name at least one licence type");
        }
        entries.forEach((code, value) -> {
            String where = "license_types." + code;
            if (!TYPE.matcher(code).matches()) {
                nodes.problem(value, where + ": a licence type code is the board's abbreviation: capitals, digits and -, at most 20, like LCSW or LPC-MHSP");
            }
            Map<String, Node> fields = nodes.map(value, where, List.of("name", "profession", "board"));
            if (fields == null) {
                return;
            }
            String board = nodes.text(fields.get("board"), where + ".board", true);
            if (board != null && !boards.containsKey(board)) {
                nodes.problem(fields.get("board"), where + ".board: " + board + " is not one of boards " + boards.keySet());
            }
            Profession profession = profession(fields.get("profession"), where + ".profession");
            out.put(code, new Model.Type(code, nodes.text(fields.get("name"), where + ".name", true), profession, board));
        });
        return out;
    }

    private Profession profession(Node node, String where) {
        String value = nodes.text(node, where, true);
        if (value == null) {
            return null;
        }
        for (Profession p : Profession.values()) {
            if (p.name().toLowerCase(Locale.ROOT).equals(value)) {
                return p;
            }
        }
        nodes.problem(node, where + ": must be one of " + Nodes.names(Profession.values()));
        return null;
    }

    private Map<String, Model.Category> categories(Node node) {
        Map<String, Model.Category> out = new LinkedHashMap<>();
        if (node == null) {
            return out;
        }
        Map<String, Node> entries = nodes.map(node, "categories", null);
        if (entries == null) {
            return out;
        }
        entries.forEach((code, value) -> {
            String where = "categories." + code;
            nodes.code(value, code, "categories");
            Map<String, Node> fields = nodes.map(value, where, List.of("label", "topics"));
            if (fields == null) {
                return;
            }
            List<String> topics = new ArrayList<>();
            List<Node> items = nodes.list(fields.get("topics"), where + ".topics", true);
            for (Node item : items) {
                String topic = nodes.text(item, where + ".topics", true);
                if (topic != null && !Topics.isKnown(topic)) {
                    nodes.problem(item, where + ".topics: " + topic + " " + Topics.problem(topic));
                }
                topics.add(topic);
            }
            if (items.isEmpty() && fields.get("topics") != null) {
                nodes.problem(fields.get("topics"), where + ".topics: must name at least one topic");
            }
            out.put(code, new Model.Category(code, nodes.text(fields.get("label"), where + ".label", true), topics));
        });
        return out;
    }

    private List<Model.NotCovered> notCovered(Node node) {
        List<Model.NotCovered> out = new ArrayList<>();
        for (Node item : nodes.list(node, "not_covered", false)) {
            Map<String, Node> fields = nodes.map(item, "not_covered", List.of("profession", "reason"));
            if (fields != null) {
                out.add(new Model.NotCovered(profession(fields.get("profession"), "not_covered.profession"),
                        nodes.text(fields.get("reason"), "not_covered.reason", true)));
            }
        }
        return out;
    }

    private List<Model.Rule> rules(Node node, Map<String, Model.Type> types, Map<String, Model.Category> categories) {
        List<Model.Rule> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        List<Node> items = nodes.list(node, "rules", true);
        for (Node item : items) {
            Map<String, Node> fields = nodes.map(item, "rules[]", Kinds.RULE_KEYS);
            if (fields == null) {
                continue;
            }
            String name = nodes.text(fields.get("name"), "rules[].name", true);
            String where = "rule " + (name == null ? "(no name)" : "'" + name + "'");
            if (name != null && !names.add(name)) {
                nodes.problem(fields.get("name"), where + ": another rule has this name");
            }
            List<String> ruleTypes = new ArrayList<>();
            if (fields.containsKey("types")) {
                for (Node t : nodes.list(fields.get("types"), where + ".types", true)) {
                    String code = nodes.text(t, where + ".types", true);
                    if (code != null && !types.containsKey(code)) {
                        nodes.problem(t, where + ".types: " + code + " is not one of license_types " + types.keySet());
                    }
                    ruleTypes.add(code);
                }
            }
            Boolean firstCycle = fields.containsKey("first_cycle") ? nodes.bool(fields.get("first_cycle"), where + ".first_cycle")
                    : null;
            String role = fields.containsKey("role") ? nodes.code(fields.get("role"), nodes.text(fields.get("role"), where + ".role",
                    true), where + ".role") : null;
            boolean byStart = false;
            if (fields.containsKey("dated_by")) {
                String by = nodes.text(fields.get("dated_by"), where + ".dated_by", true);
                byStart = "cycle_start".equals(by);
                if (!byStart && !"cycle_end".equals(by)) {
                    nodes.problem(fields.get("dated_by"), where + ".dated_by: must be cycle_end or cycle_start");
                }
            }
            LocalDate startingBefore = fields.containsKey("starting_before")
                    ? nodes.date(fields.get("starting_before"), where + ".starting_before") : null;
            String kindName = nodes.text(fields.get("kind"), where + ".kind", true);
            Kinds.Kind kind = kindName == null ? null : Kinds.ALL.get(kindName);
            if (kindName != null && kind == null) {
                nodes.problem(fields.get("kind"), where + ".kind: must be one of " + new java.util.TreeSet<>(Kinds.ALL.keySet()));
            }
            Map<String, String> subject = new LinkedHashMap<>();
            for (String key : List.of("category", "format", "unit", "code")) {
                boolean wanted = kind != null && key.equals(kind.subject());
                if (fields.containsKey(key) && kind != null && !wanted) {
                    nodes.problem(fields.get(key), where + "." + key + ": a " + kindName + " rule has no " + key);
                } else if (wanted && !fields.containsKey(key)) {
                    nodes.problem(item, where + ": a " + kindName + " rule needs " + key);
                } else if (wanted) {
                    String value = nodes.text(fields.get(key), where + "." + key, true);
                    subject(fields.get(key), key, value, where, categories);
                    subject.put(key, value);
                }
            }
            if ("cycle".equals(kindName) && (firstCycle != null || role != null || byStart || startingBefore != null)) {
                nodes.problem(item, where + ": a cycle rule is keyed by licence type and date only (no first_cycle, role,"
                        + " dated_by or starting_before)");
            }
            List<Model.Value> values = dated.values(fields.get("values"), where, kind);
            out.add(new Model.Rule(Nodes.line(item), name, ruleTypes, firstCycle, role, byStart, startingBefore, kindName,
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
                    nodes.problem(node, where + ".category: " + value + " is not one of categories " + categories.keySet());
                }
            }
            case "format" -> nodes.enumValue(node, value, DeliveryFormat.values(), where + ".format");
            case "unit" -> nodes.enumValue(node, value, HourUnit.values(), where + ".unit");
            default -> nodes.code(node, value, where + ".code");
        }
    }
}
