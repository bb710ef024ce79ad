package io.github.cetrack.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An exact fraction such as one third, for rules stated as a share of the required hours.
 *
 * @param numerator the numerator, at least 0
 * @param denominator the denominator, at least 1
 */
public record Share(int numerator, int denominator) {

    /** Checks the fraction. */
    public Share {
        if (numerator < 0 || denominator < 1 || numerator > denominator) {
            throw InvalidInputException.of("share", "must be a fraction between 0 and 1 like \"1/3\"",
                    numerator + "/" + denominator);
        }
    }

    /** Parses {@code "1/3"} or {@code "1/2"}. */
    @JsonCreator
    public static Share parse(String text) {
        String[] parts = text == null ? new String[0] : text.trim().split("/");
        try {
            if (parts.length == 2) {
                return new Share(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw InvalidInputException.of("share", "must be a fraction like \"1/3\"", text);
    }

    /** Returns this share of {@code hours}, rounded down to the hundredth. */
    public BigDecimal of(BigDecimal hours) {
        return hours.multiply(BigDecimal.valueOf(numerator))
                .divide(BigDecimal.valueOf(denominator), 2, RoundingMode.FLOOR);
    }

    @JsonValue
    @Override
    public String toString() {
        return numerator + "/" + denominator;
    }
}
