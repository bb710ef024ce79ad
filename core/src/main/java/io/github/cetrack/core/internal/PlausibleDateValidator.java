package io.github.cetrack.core.internal;

import io.github.cetrack.core.PlausibleDate;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;

/** Checks {@link PlausibleDate}. Not API. */
public final class PlausibleDateValidator implements ConstraintValidator<PlausibleDate, LocalDate> {

    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

    @Override
    public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
        return value == null || (!value.isBefore(EARLIEST) && !value.isAfter(LATEST));
    }
}
