package io.github.cetrack.catalog.tools.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The scalars and structure of a state file's YAML tree (mappings, lists, text, codes, dates,
 * amounts), each read with its checks; a problem is recorded with its line and reading goes on.
 */
final class Nodes {

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]{0,39}");
    private static final Pattern SHARE = Pattern.compile("([1-9][0-9]?)/([1-9][0-9]?)");
    private static final int MAX_TEXT = 1000;

    final List<Reader.Line> problems = new ArrayList<>();

    Map<String, Node> map(Node node, String where, List<String> allowed) {
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

    List<Node> list(Node node, String where, boolean required) {
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

    String text(Node node, String where, boolean required) {
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

    String code(Node node, String value, String where) {
        if (value != null && !CODE.matcher(value).matches()) {
            problem(node, where + ": " + value + " must be a lower-case code like law_and_ethics");
        }
        return value;
    }

    LocalDate date(Node node, String where) {
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

    BigDecimal hours(Node node, String where) {
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

    String share(Node node, String where) {
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

    Integer integer(Node node, String where, int min, int max) {
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

    Boolean bool(Node node, String where) {
        String text = text(node, where, true);
        if ("true".equals(text) || "false".equals(text)) {
            return Boolean.valueOf(text);
        }
        if (text != null) {
            problem(node, where + ": must be true or false");
        }
        return null;
    }

    <E extends Enum<E>> void enumValue(Node node, String value, E[] values, String where) {
        for (E e : values) {
            if (e.name().toLowerCase(Locale.ROOT).equals(value)) {
                return;
            }
        }
        problem(node, where + ": must be one of " + names(values));
    }

    static String names(Enum<?>[] values) {
        List<String> names = new ArrayList<>();
        for (Enum<?> e : values) {
            names.add(e.name().toLowerCase(Locale.ROOT));
        }
        return String.join(", ", names);
    }

    void problem(Node node, String message) {
        problems.add(new Reader.Line(line(node), message));
    }

    static int line(Node node) {
        return node == null ? 0 : node.getStartMark().getLine() + 1;
    }
}
