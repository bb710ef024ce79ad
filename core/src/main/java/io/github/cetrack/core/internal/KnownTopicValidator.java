package io.github.cetrack.core.internal;

import io.github.cetrack.core.KnownTopic;
import io.github.cetrack.core.Topics;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link KnownTopic}, with {@link Topics#problem} as the message. Not API. */
public final class KnownTopicValidator implements ConstraintValidator<KnownTopic, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || Messages.refuse(Topics.problem(value), context);
    }
}
