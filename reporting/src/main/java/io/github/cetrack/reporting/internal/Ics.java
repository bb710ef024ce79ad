package io.github.cetrack.reporting.internal;

import io.github.cetrack.core.License;
import io.github.cetrack.reporting.Deadline;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** iCalendar (RFC 5545) text. Not API. */
public final class Ics {

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private Ics() {}

    /** Returns the calendar of {@code deadlines}, sorted by date and licence. */
    public static String calendar(List<Deadline> deadlines, List<Integer> reminders, Instant now) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//cetrack//cetrack reporting//EN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "X-WR-CALNAME:" + text("Licence renewal deadlines"));
        List<Deadline> sorted = new ArrayList<>(deadlines);
        sorted.sort(Comparator.comparing(Deadline::dueOn).thenComparing(d -> d.license().typeKey())
                .thenComparing(d -> String.valueOf(d.license().number())));
        String stamp = STAMP.format(now);
        for (Deadline d : sorted) {
            License l = d.license();
            String name = l.typeKey() + (l.number() == null ? "" : " " + l.number());
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + uid(l));
            line(out, "DTSTAMP:" + stamp);
            line(out, "DTSTART;VALUE=DATE:" + DATE.format(d.dueOn()));
            line(out, "DTEND;VALUE=DATE:" + DATE.format(d.dueOn().plusDays(1)));
            line(out, "SUMMARY:" + text("Licence renewal due: " + name));
            StringBuilder description = new StringBuilder();
            description.append(l.holder() == null ? "" : l.holder() + ", ").append(name)
                    .append(d.board() == null ? "" : " (" + d.board() + ")").append(": renewal due on ")
                    .append(d.dueOn()).append('.');
            if (d.note() != null) {
                description.append('\n').append(d.note());
            }
            line(out, "DESCRIPTION:" + text(description.toString()));
            line(out, "CATEGORIES:" + text("Licence renewal"));
            line(out, "TRANSP:TRANSPARENT");
            for (int days : reminders) {
                line(out, "BEGIN:VALARM");
                line(out, "ACTION:DISPLAY");
                line(out, "DESCRIPTION:" + text(name + " renewal due " + (days == 0 ? "today" : "in " + days
                        + (days == 1 ? " day" : " days")) + " (" + d.dueOn() + ")"));
                line(out, "TRIGGER:" + (days == 0 ? "PT0S" : "-P" + days + "D"));
                line(out, "END:VALARM");
            }
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** Returns the licence's stable UID: a name-based UUID of jurisdiction, type, number and first issue date. */
    public static String uid(License l) {
        String key = l.jurisdiction() + "|" + l.licenseType() + "|" + (l.number() == null ? "" : l.number()) + "|"
                + l.firstIssuedOn();
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)) + "@cetrack";
    }

    /** Returns {@code value} escaped as an RFC 5545 TEXT value. */
    public static String text(String value) {
        StringBuilder s = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> s.append("\\\\");
                case ';' -> s.append("\\;");
                case ',' -> s.append("\\,");
                case '\n' -> s.append("\\n");
                case '\r' -> {
                    if (i + 1 < value.length() && value.charAt(i + 1) == '\n') {
                        continue;
                    }
                    s.append("\\n");
                }
                default -> s.append(Character.isISOControl(c) && c != '\t' ? ' ' : c);
            }
        }
        return s.toString();
    }

    /** Appends a content line folded at 75 octets (never inside a UTF-8 sequence), ended by CRLF. */
    public static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
