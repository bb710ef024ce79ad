package io.github.cetrack.core;

import java.time.LocalDate;

/**
 * Where a requirement comes from: the catalogue rule that stated it, the legal citation, the source
 * it was read from and when that source was last checked.
 *
 * @param rule the catalogue rule's name, like {@code "US-CA LCSW total hours"}
 * @param citation the code section or board rule, like {@code "16 CCR § 1887.3(a)"}
 * @param source URL of the official text
 * @param verified the date someone last checked the source
 */
public record Citation(String rule, String citation, String source, LocalDate verified) {

    /** Returns a citation. */
    public static Citation of(String rule, String citation, String source, LocalDate verified) {
        return new Citation(rule, citation, source, verified);
    }
}
