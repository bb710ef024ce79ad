package io.github.cetrack.core.internal;

import java.util.Locale;

/** Name conversions shared by validation messages and JSON. Not API. */
public final class Names {

    private Names() {}

    /** Returns {@code firstIssuedOn} as {@code first_issued_on}. */
    public static String snake(String camel) {
        StringBuilder out = new StringBuilder(camel.length() + 4);
        for (int i = 0; i < camel.length(); i++) {
            char c = camel.charAt(i);
            if (Character.isUpperCase(c)) {
                if (i > 0) {
                    out.append('_');
                }
                out.append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Returns text trimmed, or {@code null} for {@code null}. */
    public static String trim(String text) {
        return text == null ? null : text.trim();
    }

    /** Returns a topic, approval or role code normalized: trimmed, lower case, spaces and dashes as {@code _}. */
    public static String code(String text) {
        return text == null ? null : text.trim().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    }
}
