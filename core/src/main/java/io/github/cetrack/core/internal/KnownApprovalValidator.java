package io.github.cetrack.core.internal;

import io.github.cetrack.core.Approvals;
import io.github.cetrack.core.KnownApproval;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link KnownApproval}, with {@link Approvals#problem} as the message. Not API. */
public final class KnownApprovalValidator implements ConstraintValidator<KnownApproval, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || Messages.refuse(Approvals.problem(value), context);
    }
}
