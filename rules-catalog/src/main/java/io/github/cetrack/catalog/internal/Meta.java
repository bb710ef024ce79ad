package io.github.cetrack.catalog.internal;

import io.github.cetrack.core.LicenseType;
import java.util.List;
import java.util.Map;

/** Reads the metadata the catalogue build writes on each rule ({@code @rule}, {@code @types}, ...). Not API. */
public final class Meta {

    private Meta() {}

    /** Returns the metadata value as text, or {@code null} when absent. */
    public static String text(Object value) {
        if (value == null) {
            return null;
        }
        String s = value.toString();
        // Drools keeps the quotes of a metadata value written as a string literal.
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }

    /** Returns whether a rule with {@code meta} is one of {@code type}'s: its jurisdiction, and its types or all. */
    static boolean appliesTo(Map<String, Object> meta, LicenseType type) {
        String types = text(meta.get("types"));
        return type.jurisdiction().code().equals(text(meta.get("jurisdiction")))
                && (types == null || types.equals("*") || List.of(types.split(",")).contains(type.code()));
    }

    /** Returns the dates in the {@code @dates} of a rule with {@code meta} when it is one of {@code type}'s. */
    static java.util.SortedSet<java.time.LocalDate> dates(Map<String, Object> meta, LicenseType type) {
        java.util.SortedSet<java.time.LocalDate> found = new java.util.TreeSet<>();
        String dated = text(meta.get("dates"));
        if (appliesTo(meta, type) && dated != null && !dated.equals("-")) {
            for (String date : dated.split(",")) {
                found.add(java.time.LocalDate.parse(date.substring(date.indexOf(':') + 1)));
            }
        }
        return found;
    }

    /** Returns whether a rule with {@code meta} is one of {@code type}'s and rests on secondary sources. */
    static boolean secondary(Map<String, Object> meta, LicenseType type) {
        return appliesTo(meta, type) && "secondary".equals(text(meta.get("confidence")));
    }
}
