package io.github.cetrack.core;

import io.github.cetrack.core.internal.KnownApprovalValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The annotated code is a provider approval of {@link Approvals}. A refused code's message names the nearest
 * known approval, like {@code "is not a known provider approval; did you mean aswb_ace? (...)"}.
 * {@code null} is valid.
 */
@Documented
@Constraint(validatedBy = KnownApprovalValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT,
        ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface KnownApproval {
    /** The message, used only when the code has no nearer explanation. */
    String message() default "is not a known provider approval";

    /** The validation groups. */
    Class<?>[] groups() default {};

    /** The payload. */
    Class<? extends Payload>[] payload() default {};
}
