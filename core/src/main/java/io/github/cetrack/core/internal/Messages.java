package io.github.cetrack.core.internal;

import jakarta.validation.ConstraintValidatorContext;

/** Violations whose message is worked out at validation time. Not API. */
final class Messages {

    private Messages() {}

    /**
     * Returns {@code true} when {@code problem} is {@code null}; otherwise reports {@code problem}
     * as the violation's message instead of the constraint's fixed one, and returns {@code false}.
     */
    static boolean refuse(String problem, ConstraintValidatorContext context) {
        if (problem == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        // The text is a template to the interpolator: its metacharacters must stand for themselves.
        String literal = problem.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
        context.buildConstraintViolationWithTemplate(literal).addConstraintViolation();
        return false;
    }
}
