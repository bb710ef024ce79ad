package io.github.cetrack.core;

import io.github.cetrack.core.internal.Names;
import io.github.cetrack.core.internal.Sets;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * One continuing-education activity a clinician completed, as its certificate states it.
 *
 * <pre>{@code
 * CeActivity ethics = CeActivity.of("Ethics in telehealth", "CAMFT", LocalDate.of(2025, 3, 14),
 *                 new BigDecimal("6"), DeliveryFormat.LIVE_ONLINE)
 *         .withTopics(Set.of("ethics", "laws_and_rules"))
 *         .withApprovals(Set.of("camft"));
 * }</pre>
 *
 * @param id the caller's identifier, echoed in evaluations (optional)
 * @param title the course title
 * @param provider who delivered it
 * @param approvals the provider approvals it carries, codes of {@link Approvals} like {@code "apa"},
 *     {@code "aswb_ace"}, {@code "nbcc"}
 * @param startedOn first day, for multi-day events (optional)
 * @param completedOn the completion date printed on the certificate
 * @param hours the amount, in {@code unit}; never negative, at most two decimals
 * @param unit the unit of {@code hours}
 * @param format how it was delivered
 * @param kind what kind of learning it was
 * @param topics what it covers, codes of {@link Topics} like {@code "ethics"} or {@code
 *     "suicide_prevention"}; a board's category counts the activities whose topics it names
 * @param certificate the certificate, if stored (optional)
 */
public record CeActivity(
        @Size(max = 64) @PlainText String id,
        @NotBlank @Size(max = 300) @PlainText String title,
        @NotBlank @Size(max = 200) @PlainText String provider,
        @NotNull Set<@KnownApproval String> approvals,
        @PlausibleDate LocalDate startedOn,
        @NotNull @PlausibleDate LocalDate completedOn,
        @NotNull @DecimalMin(value = "0", message = "must not be negative")
                @Digits(integer = 4, fraction = 2, message = "must have at most 4 digits and 2 decimals") BigDecimal hours,
        @NotNull HourUnit unit,
        @NotNull DeliveryFormat format,
        @NotNull ActivityKind kind,
        @NotNull Set<@KnownTopic String> topics,
        @Valid Certificate certificate) {

    /** Normalizes the fields: text trimmed, codes lower case and sorted, defaults for unit and kind. */
    public CeActivity {
        id = Names.trim(id);
        title = Names.trim(title);
        provider = Names.trim(provider);
        approvals = Sets.codes(approvals);
        topics = Sets.codes(topics);
        unit = unit == null ? HourUnit.CLOCK_HOUR : unit;
        kind = kind == null ? ActivityKind.COURSE : kind;
    }

    /** Returns a course of {@code hours} clock hours with no topics, approvals or certificate. */
    public static CeActivity of(String title, String provider, LocalDate completedOn, BigDecimal hours,
            DeliveryFormat format) {
        return new CeActivity(null, title, provider, Set.of(), null, completedOn, hours, HourUnit.CLOCK_HOUR, format,
                ActivityKind.COURSE, Set.of(), null);
    }

    /** Returns a copy with the caller's identifier. */
    public CeActivity withId(String id) {
        return new CeActivity(id, title, provider, approvals, startedOn, completedOn, hours, unit, format, kind,
                topics, certificate);
    }

    /** Returns a copy with the topics, codes of {@link Topics}. */
    public CeActivity withTopics(Set<String> topics) {
        return new CeActivity(id, title, provider, approvals, startedOn, completedOn, hours, unit, format, kind,
                topics, certificate);
    }

    /** Returns a copy with the provider approvals, codes of {@link Approvals}. */
    public CeActivity withApprovals(Set<String> approvals) {
        return new CeActivity(id, title, provider, approvals, startedOn, completedOn, hours, unit, format, kind,
                topics, certificate);
    }

    /** Returns a copy with {@code hours} in {@code unit}. */
    public CeActivity withHours(BigDecimal hours, HourUnit unit) {
        return new CeActivity(id, title, provider, approvals, startedOn, completedOn, hours, unit, format, kind,
                topics, certificate);
    }

    /** Returns a copy of the given kind. */
    public CeActivity withKind(ActivityKind kind) {
        return new CeActivity(id, title, provider, approvals, startedOn, completedOn, hours, unit, format, kind,
                topics, certificate);
    }

    /** Returns a copy that started on {@code startedOn}. */
    public CeActivity withStartedOn(LocalDate startedOn) {
        return new CeActivity(id, title, provider, approvals, startedOn, completedOn, hours, unit, format, kind,
                topics, certificate);
    }

    /** Returns a copy with the certificate reference. */
    public CeActivity withCertificate(Certificate certificate) {
        return new CeActivity(id, title, provider, approvals, startedOn, completedOn, hours, unit, format, kind,
                topics, certificate);
    }

    @AssertTrue(message = "must not be after completed_on")
    boolean isStartedOn() {
        return startedOn == null || completedOn == null || !startedOn.isAfter(completedOn);
    }
}
