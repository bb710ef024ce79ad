package io.github.cetrack.catalog.dsl;

import io.github.cetrack.core.Citation;
import io.github.cetrack.core.Confidence;
import io.github.cetrack.core.InvalidInputException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.kie.api.definition.rule.Rule;

/**
 * What every vocabulary fact shares: it knows which rule is firing, so that each statement is
 * stamped with that rule's {@code @rule}, {@code @citation}, {@code @source}, {@code @verified} and
 * {@code @confidence}.
 */
public abstract class RuleFact {

    private Citation current;

    RuleFact() {}

    /** Called by the engine before each rule's consequence runs; not for rule files. */
    public final void firing(Rule rule) {
        Map<String, Object> meta = rule.getMetaData();
        String name = text(meta.get("rule"));
        current = new Citation(name == null ? rule.getName() : name, text(meta.get("citation")),
                text(meta.get("source")), verified(rule.getName(), meta.get("verified")),
                "secondary".equals(text(meta.get("confidence"))) ? Confidence.SECONDARY : Confidence.OFFICIAL);
    }

    final Citation citation() {
        if (current == null) {
            throw new IllegalStateException("a statement was made outside a rule consequence");
        }
        return current;
    }

    final LocalDate boundary(String iso) {
        return date(iso);
    }

    static LocalDate date(String iso) {
        try {
            return LocalDate.parse(iso);
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of("rule date", "must be an ISO date like 2025-01-01", iso);
        }
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        String s = value.toString();
        // Drools keeps the quotes of a metadata value written as a string literal. (internal.Meta reads
        // them the same way; the dsl stays free of other packages, since the build's rule-file lint
        // compiles its sources alone to learn the vocabulary.)
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }

    private static LocalDate verified(String rule, Object value) {
        String text = text(value);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("rule \"" + rule + "\": @verified must be an ISO date, was " + text, e);
        }
    }
}
