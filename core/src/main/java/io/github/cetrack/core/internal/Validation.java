package io.github.cetrack.core.internal;

import io.github.cetrack.core.InvalidInputException;
import io.github.cetrack.core.Violation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/** Runs Hibernate Validator and turns its violations into {@link Violation}s. Not API. */
public final class Validation {

    // Built once, on first need: a ValidatorFactory is expensive and thread-safe. Valid input (what
    // FastCheck accepts) never needs it, so a process that sees only valid input never bootstraps
    // Hibernate Validator (a third of a cold start). The parameter interpolator avoids needing an
    // Expression Language implementation on the classpath.
    private static final class Holder {
        static final Validator VALIDATOR = jakarta.validation.Validation.byProvider(HibernateValidator.class)
                .configure()
                // No META-INF/validation.xml to read: parsing it costs a noticeable part of start-up.
                .ignoreXmlConfiguration()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory()
                .getValidator();
    }

    private Validation() {}

    /** Returns whether the constraints of {@code value} hold, as the reflective validator sees them. */
    public static boolean isValidByValidator(Object value) {
        return Holder.VALIDATOR.validate(value).isEmpty();
    }

    /** Returns whether the plain-Java pre-check accepts {@code value}. */
    public static boolean isValidByFastCheck(Object value) {
        return FastCheck.valid(value);
    }

    public static <T> T check(String field, T value) {
        if (value == null) {
            throw InvalidInputException.of(field.isEmpty() ? "value" : field, "is required", null);
        }
        List<Violation> found = violations(field, value);
        if (!found.isEmpty()) {
            throw new InvalidInputException(found);
        }
        return value;
    }

    public static <C extends Collection<?>> C checkAll(String field, C values) {
        if (values == null) {
            throw InvalidInputException.of(field, "is required", null);
        }
        List<Violation> found = new ArrayList<>();
        int i = 0;
        for (Object value : values) {
            int index = i++;
            // Most elements are valid: build their path (like "activities[3]") only when reporting.
            if (value != null && FastCheck.valid(value)) {
                continue;
            }
            String path = field + "[" + index + "]";
            if (value == null) {
                found.add(new Violation(path, "is required", null));
            } else {
                found.addAll(violations(path, value));
            }
        }
        if (!found.isEmpty()) {
            throw new InvalidInputException(found);
        }
        return values;
    }

    private static List<Violation> violations(String prefix, Object value) {
        if (FastCheck.valid(value)) {
            return List.of();
        }
        List<Violation> found = new ArrayList<>();
        for (ConstraintViolation<Object> v : Holder.VALIDATOR.validate(value)) {
            String path = join(prefix, path(v.getPropertyPath()));
            Object rejected = v.getInvalidValue();
            boolean simple = rejected == null || rejected instanceof CharSequence || rejected instanceof Number
                    || rejected instanceof Enum || rejected instanceof java.time.temporal.Temporal;
            found.add(new Violation(path, v.getMessage(), simple && rejected != null ? String.valueOf(rejected) : null));
        }
        found.sort(Comparator.comparing(Violation::field).thenComparing(Violation::rule));
        return found;
    }

    private static String path(Path path) {
        StringBuilder out = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getName() == null || node.getName().startsWith("<")) {
                if (node.getIndex() != null) {
                    out.append('[').append(node.getIndex()).append(']');
                }
                continue;
            }
            if (node.getIndex() != null && out.length() > 0) {
                out.append('[').append(node.getIndex()).append(']');
            }
            if (out.length() > 0) {
                out.append('.');
            }
            out.append(Names.snake(node.getName()));
        }
        return out.toString();
    }

    private static String join(String prefix, String path) {
        if (prefix.isEmpty()) {
            return path;
        }
        return path.isEmpty() ? prefix : prefix + "." + path;
    }
}
