package io.github.cetrack.core.store;

import io.github.cetrack.core.Evaluation;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * An evaluation kept so that a report can be reproduced later: what was evaluated (the whole
 * {@link Evaluation}, with its licence, cycle and catalogue version), when, and for which licence.
 *
 * @param id the saved evaluation's id
 * @param licenseId the stored licence it belongs to
 * @param evaluatedAt when it was evaluated, to the millisecond
 * @param evaluation the evaluation
 */
public record SavedEvaluation(
        @NotNull @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id,
        @NotNull @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String licenseId,
        @NotNull Instant evaluatedAt,
        @NotNull Evaluation evaluation) {

    /** Truncates {@code evaluatedAt} to milliseconds, the precision every supported database keeps. */
    public SavedEvaluation {
        evaluatedAt = evaluatedAt == null ? null : evaluatedAt.truncatedTo(ChronoUnit.MILLIS);
    }

    /** Returns the catalogue version the evaluation used. */
    public String catalogVersion() {
        return evaluation.catalogVersion();
    }
}
