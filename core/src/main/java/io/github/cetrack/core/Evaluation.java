package io.github.cetrack.core;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The result of checking one licence's renewal cycle against its board's rules: the status, what
 * each requirement needed and got, how each activity counted, and findings that explain it all.
 * Equal inputs give equal evaluations, and byte-identical JSON.
 *
 * @param license the licence evaluated
 * @param cycle the renewal cycle evaluated
 * @param status the overall verdict
 * @param requirements each hour requirement with required, counted and remaining hours
 * @param activities each activity submitted, with whether and toward what it counted
 * @param findings what the clinician should know, most important first
 * @param catalogVersion version of the catalogue that supplied the rules
 */
public record Evaluation(
        License license,
        RenewalCycle cycle,
        Status status,
        List<RequirementResult> requirements,
        List<ActivityResult> activities,
        List<Finding> findings,
        String catalogVersion) {

    /** Copies the lists. */
    public Evaluation {
        requirements = List.copyOf(requirements);
        activities = List.copyOf(activities);
        findings = List.copyOf(findings);
    }

    /** Returns whether every requirement is met (or the cycle is exempt). */
    @JsonIgnore
    public boolean isCompliant() {
        return status != Status.INCOMPLETE;
    }

    /** The overall verdict. */
    public enum Status {
        /** Every hour requirement is met. */
        COMPLIANT,
        /** At least one requirement still needs hours. */
        INCOMPLETE,
        /** No hours are required in this cycle (such as the first cycle after licensure). */
        EXEMPT
    }

    /**
     * How one requirement stands.
     *
     * @param kind the requirement's kind, like {@link RequirementKind#CATEGORY_MINIMUM}
     * @param category the category it concerns, or {@code null}
     * @param description the requirement in plain words
     * @param required hours required
     * @param counted hours counted toward it
     * @param remaining hours still needed (never negative)
     * @param citation where the requirement comes from
     */
    public record RequirementResult(
            RequirementKind kind,
            String category,
            String description,
            BigDecimal required,
            BigDecimal counted,
            BigDecimal remaining,
            Citation citation) {

        /** Returns whether no hours remain. */
        @JsonIgnore
        public boolean isMet() {
            return remaining.signum() == 0;
        }
    }

    /**
     * How one activity counted.
     *
     * @param id the activity's id, or its position like {@code "#3"} when it had none
     * @param title the activity's title
     * @param completedOn its completion date
     * @param hours its amount in clock hours (after unit equivalence), or its stated amount when the unit is not accepted
     * @param counted the clock hours counted toward the total
     * @param credited the hours credited to each category requirement
     * @param reason why some or all of its hours did not count, or {@code null} when all counted
     * @param explanation the counting in plain words
     */
    public record ActivityResult(
            String id,
            String title,
            LocalDate completedOn,
            BigDecimal hours,
            BigDecimal counted,
            Map<String, BigDecimal> credited,
            Reason reason,
            String explanation) {

        /** Copies the map. */
        public ActivityResult {
            credited = credited.isEmpty() ? java.util.Collections.emptySortedMap()
                    : java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(credited));
        }
    }

    /** Why an activity's hours did not (all) count. */
    public enum Reason {
        /** Completed outside the cycle. */
        OUTSIDE_CYCLE,
        /** Hours beyond a cap on its format or category. */
        OVER_CAP,
        /** The provider lacks an approval the board accepts. */
        PROVIDER_NOT_ACCEPTED,
        /** Its unit has no equivalence in the board's rules. */
        UNIT_NOT_ACCEPTED,
        /** Completed after the date of the evaluation: CE counts once completed. */
        NOT_YET_COMPLETED,
        /** A probable duplicate of another activity, which counts instead. */
        DUPLICATE,
        /** A record that a one-time training was completed before the records began; it counts toward nothing else. */
        RECORD_ONLY
    }

    /**
     * Something the clinician should know, with a stable code for programs.
     *
     * @param code stable identifier of the finding
     * @param severity how much it matters
     * @param message plain-language text for the clinician
     * @param subject the activity id or category it concerns, or {@code null}
     * @param citation the rule behind it, or {@code null}
     */
    public record Finding(FindingCode code, Severity severity, String message, String subject, Citation citation) {}

    /** How much a finding matters. */
    public enum Severity {
        /** Blocks renewal until resolved. */
        ERROR,
        /** Does not block renewal, but deserves attention (such as a missing certificate). */
        WARNING,
        /** For information. */
        INFO
    }

    /** Stable codes of findings. */
    public enum FindingCode {
        /** Not enough hours in total. */
        TOTAL_SHORT,
        /** Not enough hours in a category. */
        CATEGORY_SHORT,
        /** Not enough live hours. */
        LIVE_SHORT,
        /** Not enough hours from approved providers. */
        APPROVED_SHORT,
        /** A once-per-licensure requirement is not yet met. */
        ONE_TIME_SHORT,
        /** A periodic requirement is not met in its window. */
        PERIODIC_SHORT,
        /** An activity was completed outside the cycle. */
        OUTSIDE_CYCLE,
        /** Some hours were over a cap. */
        OVER_CAP,
        /** The provider's approval is not accepted. */
        PROVIDER_NOT_ACCEPTED,
        /** The unit has no equivalence. */
        UNIT_NOT_ACCEPTED,
        /** An activity has no certificate on file; boards audit certificates. */
        MISSING_CERTIFICATE,
        /** The cycle is exempt. */
        EXEMPT_FIRST_CYCLE,
        /** Hours were carried over from the previous cycle. */
        CARRIED_OVER,
        /** A board rule the engine cannot check from CE records; a reminder. */
        REMINDER,
        /** An activity is dated after the evaluation date and does not count yet. */
        NOT_YET_COMPLETED,
        /** Two activities are probably the same one entered twice; it counts once. */
        DUPLICATE,
        /** A one-time requirement was due at an earlier renewal of the licence and is taken as met. */
        ONE_TIME_MET_EARLIER
    }
}
