package io.github.cetrack.core;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.github.cetrack.core.internal.Sets;
import io.github.cetrack.core.internal.Words;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * What a board's rule can demand of a renewal cycle: the shared vocabulary every catalogue rule is
 * written in. Each requirement carries the {@link Citation} of the rule that stated it.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Requirement.TotalHours.class, name = "total_hours"),
    @JsonSubTypes.Type(value = Requirement.CategoryMinimum.class, name = "category_minimum"),
    @JsonSubTypes.Type(value = Requirement.FormatCap.class, name = "format_cap"),
    @JsonSubTypes.Type(value = Requirement.CategoryCap.class, name = "category_cap"),
    @JsonSubTypes.Type(value = Requirement.LiveMinimum.class, name = "live_minimum"),
    @JsonSubTypes.Type(value = Requirement.CarryOver.class, name = "carry_over"),
    @JsonSubTypes.Type(value = Requirement.AcceptedApprovals.class, name = "accepted_approvals"),
    @JsonSubTypes.Type(value = Requirement.UnitEquivalence.class, name = "unit_equivalence"),
    @JsonSubTypes.Type(value = Requirement.FirstCycleExemption.class, name = "first_cycle_exemption"),
    @JsonSubTypes.Type(value = Requirement.ProratedTotal.class, name = "prorated_total"),
    @JsonSubTypes.Type(value = Requirement.OneTime.class, name = "one_time"),
    @JsonSubTypes.Type(value = Requirement.Periodic.class, name = "periodic"),
    @JsonSubTypes.Type(value = Requirement.CategoryOverlap.class, name = "category_overlap"),
    @JsonSubTypes.Type(value = Requirement.Note.class, name = "note")
})
public sealed interface Requirement {

    /** Returns the citation of the rule that stated this requirement. */
    Citation citation();

    /** Returns the requirement in plain words, like {@code "at least 6 hours of law and ethics"}. */
    String describe();

    /** At least {@code hours} clock hours in the cycle. */
    record TotalHours(BigDecimal hours, Citation citation) implements Requirement {
        @Override
        public String describe() {
            return "at least " + Words.hours(hours) + " in total";
        }
    }

    /**
     * At least {@code hours} in the board's {@code category} (named {@code label}), which activities
     * on any of {@code topics} serve; these hours also count toward the total.
     */
    record CategoryMinimum(String category, String label, Set<String> topics, BigDecimal hours, Citation citation)
            implements Requirement {
        /** Copies the topics, sorted. */
        public CategoryMinimum {
            topics = Sets.codes(topics);
        }

        @Override
        public String describe() {
            return "at least " + Words.hours(hours) + " of " + Words.label(label);
        }
    }

    /**
     * At most {@code hours} (or {@code share} of the required total) counted from activities
     * delivered in {@code format}.
     */
    record FormatCap(DeliveryFormat format, BigDecimal hours, Share share, Citation citation) implements Requirement {
        @Override
        public String describe() {
            return "at most " + Words.limit(hours, share) + " from " + format.text() + " activities";
        }
    }

    /**
     * At most {@code hours} (or {@code share} of the required total) counted from activities in the
     * board's {@code category}, that is on any of {@code topics}.
     */
    record CategoryCap(String category, String label, Set<String> topics, BigDecimal hours, Share share,
            Citation citation) implements Requirement {
        /** Copies the topics, sorted. */
        public CategoryCap {
            topics = Sets.codes(topics);
        }

        @Override
        public String describe() {
            return "at most " + Words.limit(hours, share) + " from " + Words.label(label);
        }
    }

    /** At least {@code hours} from live activities (in person or live online). */
    record LiveMinimum(BigDecimal hours, Citation citation) implements Requirement {
        @Override
        public String describe() {
            return "at least " + Words.hours(hours) + " of live instruction";
        }
    }

    /** Hours beyond the previous cycle's total requirement count toward this one's total, up to {@code maxHours}. */
    record CarryOver(BigDecimal maxHours, Citation citation) implements Requirement {
        @Override
        public String describe() {
            return "up to " + Words.hours(maxHours) + " carried over from the previous cycle";
        }
    }

    /**
     * Hours count only from providers holding one of {@code approvals}; with a {@code minimumShare}
     * below one, other providers count too but at least that share of the required total must come
     * from approved ones.
     */
    record AcceptedApprovals(Set<String> approvals, Share minimumShare, Citation citation) implements Requirement {
        @Override
        public String describe() {
            String who = "providers approved by " + String.join(", ", approvals);
            return minimumShare.numerator() == minimumShare.denominator()
                    ? "only hours from " + who
                    : "at least " + minimumShare + " of the required hours from " + who;
        }
    }

    /** One {@code unit} counts as {@code hoursPerUnit} clock hours. */
    record UnitEquivalence(HourUnit unit, BigDecimal hoursPerUnit, Citation citation) implements Requirement {
        @Override
        public String describe() {
            return "1 " + unit.text() + " counts as " + Words.hours(hoursPerUnit);
        }
    }

    /** No hours are required in the cycle during which the licence was first issued. */
    record FirstCycleExemption(Citation citation) implements Requirement {
        @Override
        public String describe() {
            return "no hours required in the cycle in which the licence was first issued";
        }
    }

    /**
     * The total is prorated: {@code hoursPerMonth} for each whole month of the cycle on or after
     * {@code since} (the whole cycle when {@code since} is {@code null}), at most {@code maxHours};
     * with {@code countsStartMonth}, the month it starts in (in a first cycle, the month of issue)
     * counts as a whole month. Replaces {@link TotalHours}. With a {@code since} inside the cycle,
     * only hours completed from then on count.
     */
    record ProratedTotal(BigDecimal hoursPerMonth, LocalDate since, BigDecimal maxHours,
            @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean countsStartMonth, Citation citation)
            implements Requirement {
        @Override
        public String describe() {
            return Words.hours(hoursPerMonth) + " per month of the cycle" + (since == null ? "" : " from " + since)
                    + (countsStartMonth ? " (counting the month it starts in)" : "") + ", at most "
                    + Words.hours(maxHours);
        }
    }

    /**
     * At least {@code hours} of {@code category} (on any of {@code topics}) once per licensure: any activity completed on or
     * before the cycle's end counts, including ones from earlier cycles.
     */
    record OneTime(String category, String label, Set<String> topics, BigDecimal hours, Citation citation)
            implements Requirement {
        /** Copies the topics, sorted. */
        public OneTime {
            topics = Sets.codes(topics);
        }

        @Override
        public String describe() {
            return "at least " + Words.hours(hours) + " of " + Words.label(label) + " once (any time before"
                    + " this renewal)";
        }
    }

    /** At least {@code hours} of {@code category} in the {@code everyYears} years up to the cycle's end. */
    record Periodic(String category, String label, Set<String> topics, BigDecimal hours, int everyYears,
            Citation citation) implements Requirement {
        /** Copies the topics, sorted. */
        public Periodic {
            topics = Sets.codes(topics);
        }

        @Override
        public String describe() {
            return "at least " + Words.hours(hours) + " of " + Words.label(label) + " every " + everyYears
                    + " years";
        }
    }

    /** Whether one activity's hours may count toward several category minimums at once. */
    record CategoryOverlap(boolean allowed, Citation citation) implements Requirement {
        @Override
        public String describe() {
            return allowed
                    ? "an hour may count toward several topic requirements"
                    : "an hour counts toward at most one topic requirement";
        }
    }

    /**
     * A rule the engine cannot check from CE records (an exam, a training with no set length);
     * it is reported to the clinician as a reminder.
     */
    record Note(String code, String text, Citation citation) implements Requirement {
        @Override
        public String describe() {
            return text;
        }
    }
}
