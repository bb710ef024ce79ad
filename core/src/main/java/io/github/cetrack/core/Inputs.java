package io.github.cetrack.core;

import io.github.cetrack.core.internal.Validation;
import java.util.Collection;

/**
 * The single entry point that checks inputs against their Jakarta Validation constraints.
 *
 * <pre>{@code
 * Inputs.check(activity); // throws InvalidInputException listing every violation
 * }</pre>
 */
public final class Inputs {

    private Inputs() {}

    /**
     * Checks {@code value} and returns it unchanged when valid.
     *
     * @throws InvalidInputException listing every violation (field path, rule, rejected value)
     */
    public static <T> T check(T value) {
        return Validation.check("", value);
    }

    /**
     * Checks every element of {@code values}, naming each by its index under {@code field}
     * (like {@code activities[3].hours}), and returns the collection unchanged when all are valid.
     *
     * @throws InvalidInputException listing every violation of every element
     */
    public static <C extends Collection<?>> C checkAll(String field, C values) {
        return Validation.checkAll(field, values);
    }
}
