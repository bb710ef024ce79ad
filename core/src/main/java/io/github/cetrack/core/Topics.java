package io.github.cetrack.core;

import io.github.cetrack.core.internal.Vocabulary;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The closed vocabulary of CE topics shared by every jurisdiction.
 *
 * <pre>{@code
 * Topics.find("ethics");                  // Optional[Topic[code=ethics, label=Ethics, ...]]
 * Topics.problem("suicide_risk_asessment"); // "is not a known topic; did you mean suicide_prevention?"
 * }</pre>
 */
public final class Topics {

    private static final Map<String, Topic> ALL = Vocabulary.index("topics.tsv",
            Vocabulary.rows("topics.tsv", 3).stream().map(r -> new Topic(r[0], r[1], r[2])).toList(), Topic::code);

    private static final Map<String, List<String>> ALIASES = aliases();

    private Topics() {}

    /** Returns every topic, in the vocabulary's order. */
    public static List<Topic> all() {
        return List.copyOf(ALL.values());
    }

    /** Returns the topic {@code code}, if the vocabulary has it. */
    public static Optional<Topic> find(String code) {
        return Optional.ofNullable(code == null ? null : ALL.get(code));
    }

    /** Returns whether {@code code} is a topic of the vocabulary. */
    public static boolean isKnown(String code) {
        return code != null && ALL.containsKey(code);
    }

    /**
     * Returns the topics an older or informal code stands for, like {@code [ethics, laws_and_rules]}
     * for {@code law_and_ethics}; a known topic stands for itself; an unknown code for nothing.
     */
    public static List<String> meaning(String code) {
        if (isKnown(code)) {
            return List.of(code);
        }
        return ALIASES.getOrDefault(code, List.of());
    }

    /**
     * Returns why {@code code} is refused, naming the nearest known topic, or {@code null} when it
     * is a known topic.
     */
    public static String problem(String code) {
        if (isKnown(code)) {
            return null;
        }
        List<String> meant = ALIASES.get(code);
        if (meant == null) {
            String near = Vocabulary.nearest(String.valueOf(code), candidates());
            meant = near == null ? List.of() : meaning(near);
        }
        return "is not a known topic" + (meant.isEmpty() ? "" : "; did you mean " + String.join(" and ", meant) + "?")
                + " (`cetrack catalog topics` lists them)";
    }

    private static Set<String> candidates() {
        Set<String> all = new LinkedHashSet<>(ALL.keySet());
        all.addAll(ALIASES.keySet());
        return all;
    }

    private static Map<String, List<String>> aliases() {
        Map<String, List<String>> out = new java.util.LinkedHashMap<>();
        for (String[] row : Vocabulary.rows("topic-aliases.tsv", 2)) {
            List<String> topics = new ArrayList<>(List.of(row[1].split(",")));
            for (String topic : topics) {
                if (!ALL.containsKey(topic)) {
                    throw new IllegalStateException("topic-aliases.tsv: " + row[0] + " names unknown topic " + topic);
                }
            }
            if (ALL.containsKey(row[0]) || out.put(row[0], List.copyOf(topics)) != null) {
                throw new IllegalStateException("topic-aliases.tsv: " + row[0] + " is a topic or listed twice");
            }
        }
        return java.util.Collections.unmodifiableMap(out);
    }
}
