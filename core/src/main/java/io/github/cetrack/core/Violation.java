package io.github.cetrack.core;

/**
 * One reason an input was refused: where ({@code field}, a JSON-style path like {@code
 * "activities[2].hours"}), which rule it broke, and the value that broke it.
 *
 * @param field path of the offending field, in the snake_case names of the JSON form
 * @param rule the rule in plain words, like {@code "must be at least 0"}
 * @param rejectedValue the offending value as text, or {@code null} when it was missing
 */
public record Violation(String field, String rule, String rejectedValue) {

    /** Returns {@code field: rule (was value)}, the form used in error messages. */
    public String describe() {
        return io.github.cetrack.core.internal.PlainTextValidator.escape(field + ": " + rule)
                + (rejectedValue == null ? "" : " (was " + quote(rejectedValue) + ")");
    }

    private static String quote(String value) {
        // Escaped: an error message must not carry a terminal escape sequence from the input.
        String shown = io.github.cetrack.core.internal.PlainTextValidator.escape(
                value.length() > 60 ? value.substring(0, 57) + "..." : value);
        return '"' + shown + '"';
    }
}
