package io.github.cetrack.reporting;

import io.github.cetrack.core.InvalidInputException;
import io.github.cetrack.reporting.internal.Ics;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * Renewal deadlines as an iCalendar file (RFC 5545): one all-day event per licence on its due date,
 * with reminders some days before (90, 30 and 7 by default). Each event's UID is derived from the
 * licence, so importing a newer calendar updates the event instead of adding another; the time
 * stamp comes from the clock, so the text is a pure function of the inputs.
 *
 * <pre>{@code
 * String ics = DeadlineCalendar.create(Clock.systemUTC()).withReminders(60, 14)
 *         .ics(List.of(Deadline.of(evaluation, licenseType)));
 * }</pre>
 */
public final class DeadlineCalendar {

    private final Clock clock;
    private final List<Integer> reminders;

    private DeadlineCalendar(Clock clock, List<Integer> reminders) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.reminders = reminders;
    }

    /** Returns a calendar writer with reminders 90, 30 and 7 days before each deadline. */
    public static DeadlineCalendar create(Clock clock) {
        return new DeadlineCalendar(clock, List.of(90, 30, 7));
    }

    /**
     * Returns a copy with reminders {@code daysBefore} each deadline (none when empty).
     *
     * @throws InvalidInputException when a number is not between 0 and 3650
     */
    public DeadlineCalendar withReminders(int... daysBefore) {
        for (int d : daysBefore) {
            if (d < 0 || d > 3650) {
                throw InvalidInputException.of("reminders", "must be days between 0 and 3650", d);
            }
        }
        return new DeadlineCalendar(clock, java.util.Arrays.stream(daysBefore).boxed().distinct().sorted(
                java.util.Comparator.reverseOrder()).toList());
    }

    /** Returns the reminders, in days before the deadline, largest first. */
    public List<Integer> reminders() {
        return reminders;
    }

    /** Returns the iCalendar text (CRLF line ends, lines folded at 75 octets) for {@code deadlines}. */
    public String ics(List<Deadline> deadlines) {
        return Ics.calendar(deadlines, reminders, clock.instant());
    }
}
