package io.github.cetrack.reporting;

import io.github.cetrack.core.Evaluation;
import io.github.cetrack.core.InvalidInputException;
import io.github.cetrack.core.License;
import io.github.cetrack.core.LicenseType;
import java.time.LocalDate;

/**
 * A licence's renewal deadline, for the {@link DeadlineCalendar}.
 *
 * <pre>{@code
 * Deadline d = Deadline.of(evaluation, licenseType);   // due on the cycle's last day, with its status
 * }</pre>
 *
 * @param license the licence
 * @param board the board's name, or {@code null}
 * @param dueOn the day the renewal is due
 * @param note a line for the event's description, like the CE still needed, or {@code null}
 */
public record Deadline(License license, String board, LocalDate dueOn, String note) {

    /** Checks that the licence and the date are given. */
    public Deadline {
        if (license == null) {
            throw InvalidInputException.of("license", "is required", null);
        }
        if (dueOn == null) {
            throw InvalidInputException.of("due_on", "is required", null);
        }
    }

    /** Returns the deadline at the end of the evaluated cycle, noting the CE still needed. */
    public static Deadline of(Evaluation evaluation, LicenseType licenseType) {
        String note = switch (evaluation.status()) {
            case COMPLIANT -> "CE requirements met for this cycle.";
            case EXEMPT -> "No CE hours required in this cycle.";
            case INCOMPLETE -> evaluation.findings().stream()
                    .filter(f -> f.severity() == Evaluation.Severity.ERROR).map(Evaluation.Finding::message)
                    .reduce((a, b) -> a + "; " + b).orElse("CE requirements not yet met.");
        };
        return new Deadline(evaluation.license(), licenseType == null ? null : licenseType.board(),
                evaluation.cycle().end(), note);
    }

    /**
     * Returns the deadline on the licence's printed expiration date.
     *
     * @throws InvalidInputException when the licence has no expiration date
     */
    public static Deadline of(License license, LicenseType licenseType) {
        if (license.expiresOn() == null) {
            throw InvalidInputException.of("license.expires_on", "is required for a deadline", null);
        }
        return new Deadline(license, licenseType == null ? null : licenseType.board(), license.expiresOn(), null);
    }
}
