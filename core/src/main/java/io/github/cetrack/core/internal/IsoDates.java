package io.github.cetrack.core.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Reads a {@link LocalDate} only from an ISO date string of exactly ten characters, {@code
 * "2025-02-01"}: no epoch-day number, no date-time, no surrounding or trailing characters (a NUL
 * included), no empty string. Not API.
 */
public final class IsoDates extends StdScalarDeserializer<LocalDate> {

    private static final long serialVersionUID = 1L;

    public IsoDates() {
        super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (!p.hasToken(JsonToken.VALUE_STRING)) {
            return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
        }
        String text = p.getText();
        LocalDate date = parse(text);
        if (date == null) {
            return (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, text, "not an ISO date (YYYY-MM-DD)");
        }
        return date;
    }

    /** Returns the date {@code text} spells as {@code YYYY-MM-DD}, or {@code null} if it is anything else. */
    public static LocalDate parse(String text) {
        if (text == null || text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return null;
        }
        for (int i = 0; i < 10; i++) {
            char c = text.charAt(i);
            if (i != 4 && i != 7 && (c < '0' || c > '9')) {
                return null;
            }
        }
        try {
            return LocalDate.of(Integer.parseInt(text, 0, 4, 10), Integer.parseInt(text, 5, 7, 10),
                    Integer.parseInt(text, 8, 10, 10));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
