package io.github.cetrack.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cetrack.core.InvalidInputException;
import io.github.cetrack.core.Jurisdiction;
import io.github.cetrack.core.License;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.validate.ValidationResult;
import org.junit.jupiter.api.Test;

class CalendarTest {

    static final License NY = License.of(Jurisdiction.US_NY, "LCSW", LocalDate.of(2016, 9, 12))
            .withHolder("Maria Alvarez; \"MA\", \\ test").withNumber("087421").withExpiresOn(LocalDate.of(2027, 8, 31));

    static String ics() {
        return DeadlineCalendar.create(Fixture.CLOCK).ics(List.of(Deadline.of(NY, null),
                Deadline.of(Fixture.evaluation(Fixture.activities()), Fixture.LCSW)));
    }

    @Test
    void theCalendarParsesAndValidatesWithIcal4j() throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics()));
        ValidationResult result = calendar.validate();
        assertThat(result.hasErrors()).as(result.toString()).isFalse();
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(2);
        VEvent ca = events.get(0);
        assertThat(ca.getProperty("DTSTART").orElseThrow().getValue()).isEqualTo("20270131");
        assertThat(ca.getProperty("SUMMARY").orElseThrow().getValue())
                .isEqualTo("Licence renewal due: US-CA LCSW LCSW 98765");
        assertThat(ca.getProperty("DESCRIPTION").orElseThrow().getValue()).contains("Board of Behavioral Sciences",
                "3 more hours of CE needed by 2027-01-31");
        assertThat(ca.getAlarms()).hasSize(3);
        assertThat(ca.getAlarms().stream().map(a -> a.getProperty("TRIGGER").orElseThrow().getValue())
                .map(v -> java.time.Period.parse(v).getDays())).containsExactly(-90, -30, -7);
        VEvent ny = events.get(1);
        assertThat(ny.getProperty("DESCRIPTION").orElseThrow().getValue())
                .startsWith("Maria Alvarez; \"MA\", \\ test, US-NY LCSW 087421: renewal due on 2027-08-31.");
    }

    @Test
    void linesEndWithCrlfAreFoldedAtSeventyFiveOctetsAndTextIsEscaped() {
        String ics = ics();
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:").endsWith("END:VCALENDAR\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n", "\r");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        String unfolded = ics.replace("\r\n ", "");
        assertThat(unfolded).contains("DESCRIPTION:Maria Alvarez\\; \"MA\"\\, \\\\ test\\, US-NY LCSW 087421",
                "DTSTAMP:20261129T101530Z", "DTSTART;VALUE=DATE:20270831", "DTEND;VALUE=DATE:20270901",
                "BEGIN:VALARM\r\nACTION:DISPLAY\r\nDESCRIPTION:US-NY LCSW 087421 renewal due in 90 days (2027-08-31)"
                        + "\r\nTRIGGER:-P90D\r\nEND:VALARM");
        assertThat(unfolded.split("\r\n")).filteredOn(l -> l.startsWith("DESCRIPTION:Maria")).isNotEmpty();
    }

    @Test
    void theUidStaysTheSameForALicenseAcrossCyclesAndDiffersBetweenLicenses() {
        String first = uid(DeadlineCalendar.create(Fixture.CLOCK).ics(List.of(Deadline.of(NY, null))));
        License renewed = NY.withExpiresOn(LocalDate.of(2030, 8, 31)).withHolder("Maria Alvarez-Smith");
        String later = uid(DeadlineCalendar.create(Fixture.CLOCK).ics(List.of(Deadline.of(renewed, null))));
        assertThat(later).isEqualTo(first).endsWith("@cetrack");
        String other = uid(DeadlineCalendar.create(Fixture.CLOCK).ics(List.of(Deadline.of(NY.withNumber("1"), null))));
        assertThat(other).isNotEqualTo(first);
        assertThat(ics()).isEqualTo(ics());
    }

    private static String uid(String ics) {
        return ics.lines().filter(l -> l.startsWith("UID:")).findFirst().orElseThrow();
    }

    @Test
    void remindersCanBeChosenAndABadOneIsRefused() {
        String ics = DeadlineCalendar.create(Fixture.CLOCK).withReminders(14, 60, 0).ics(List.of(Deadline.of(NY, null)));
        assertThat(ics.lines().filter(l -> l.startsWith("TRIGGER:")))
                .containsExactly("TRIGGER:-P60D", "TRIGGER:-P14D", "TRIGGER:PT0S");
        assertThatThrownBy(() -> DeadlineCalendar.create(Fixture.CLOCK).withReminders(-1))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("reminders");
        assertThatThrownBy(() -> Deadline.of(NY.withExpiresOn(null), null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("license.expires_on");
    }
}
