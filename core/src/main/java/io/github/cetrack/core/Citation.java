package io.github.cetrack.core;

import java.time.LocalDate;

/**
 * Where a requirement comes from: the catalogue rule that stated it, the legal citation, the source
 * it was read from, when that source was last checked, and how sure the catalogue is of it.
 *
 * @param rule the catalogue rule's name, like {@code "US-CA BBS total hours"}
 * @param citation the code section or board rule, like {@code "16 CCR § 1887.3(a)"}
 * @param source URL of the text it was read from
 * @param verified the date someone last checked the source
 * @param confidence whether the value was read in the official text
 */
public record Citation(String rule, String citation, String source, LocalDate verified, Confidence confidence) {

    /** Defaults a missing confidence to {@link Confidence#OFFICIAL}. */
    public Citation {
        confidence = confidence == null ? Confidence.OFFICIAL : confidence;
    }

    /**
     * Creates a citation read in the official text, as the catalogue's rule facts state them until
     * they carry a confidence of their own.
     */
    public Citation(String rule, String citation, String source, LocalDate verified) {
        this(rule, citation, source, verified, Confidence.OFFICIAL);
    }

    /** Returns a citation read in the official text. */
    public static Citation of(String rule, String citation, String source, LocalDate verified) {
        return new Citation(rule, citation, source, verified, Confidence.OFFICIAL);
    }
}
