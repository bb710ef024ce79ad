package io.github.cetrack.core;

/**
 * A jurisdiction's own credential, like {@code US-NY LMHC}, and the profession it belongs to.
 * Defined by the catalogue.
 *
 * @param jurisdiction the issuing jurisdiction
 * @param code the credential's abbreviation, like {@code "LMHC"}
 * @param name the credential's full name
 * @param profession the normalized profession
 * @param board the licensing board
 */
public record LicenseType(Jurisdiction jurisdiction, String code, String name, Profession profession, String board) {

    /** Returns {@code "US-NY LMHC"}. */
    public String key() {
        return jurisdiction + " " + code;
    }
}
