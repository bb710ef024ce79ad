package io.github.cetrack.core;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when an input (a licence, an activity, a JSON document) breaks one or more rules. It lists
 * every violation at once, so a caller can show them all instead of fixing one at a time.
 */
public final class InvalidInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    /** Creates the exception for {@code violations}, which must not be empty. */
    public InvalidInputException(List<Violation> violations) {
        super(message(violations));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an InvalidInputException needs at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    /** Returns an exception for a single broken rule. */
    public static InvalidInputException of(String field, String rule, Object rejectedValue) {
        return new InvalidInputException(
                List.of(new Violation(field, rule, rejectedValue == null ? null : String.valueOf(rejectedValue))));
    }

    /** Returns every violation, in field order. */
    public List<Violation> violations() {
        return violations;
    }

    private static String message(List<Violation> violations) {
        String prefix = violations.size() == 1 ? "invalid input: " : violations.size() + " invalid inputs: ";
        return prefix + violations.stream().map(Violation::describe).collect(Collectors.joining("; "));
    }
}
