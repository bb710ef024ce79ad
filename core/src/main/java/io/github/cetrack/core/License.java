package io.github.cetrack.core;

import io.github.cetrack.core.internal.Names;
import io.github.cetrack.core.internal.Sets;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

/**
 * A clinician's licence in one jurisdiction.
 *
 * <pre>{@code
 * License lpc = License.of(Jurisdiction.US_TX, "LPC", LocalDate.of(2019, 6, 1))
 *         .withExpiresOn(LocalDate.of(2027, 5, 31));
 * }</pre>
 *
 * @param holder the licence holder's name, for reports (optional)
 * @param jurisdiction the issuing jurisdiction
 * @param licenseType the jurisdiction's credential code, like {@code "LCSW"} (see the catalogue)
 * @param number the licence number (optional)
 * @param firstIssuedOn the date the licence was first issued
 * @param expiresOn the current expiration date as printed on the licence (optional)
 * @param birthDate the holder's birth date, needed where cycles end in the birth month (optional)
 * @param roles designations that add requirements, like {@code "supervisor"} or {@code "telehealth"}
 */
public record License(
        @Size(max = 200) @PlainText String holder,
        @NotNull Jurisdiction jurisdiction,
        @NotBlank @Size(max = 20) @Pattern(regexp = "[A-Z0-9-]+", message = "must be letters, digits or '-'")
                String licenseType,
        @Size(max = 40) @PlainText String number,
        @NotNull @PlausibleDate LocalDate firstIssuedOn,
        @PlausibleDate LocalDate expiresOn,
        @PlausibleDate LocalDate birthDate,
        @NotNull Set<@Pattern(regexp = "[a-z][a-z0-9_]{0,39}", message = "must be a lower-case code") String> roles) {

    /** Normalizes the fields: text trimmed, licence type upper case, roles sorted codes. */
    public License {
        holder = Names.trim(holder);
        licenseType = licenseType == null ? null : licenseType.trim().toUpperCase(Locale.ROOT);
        number = Names.trim(number);
        roles = Sets.codes(roles);
    }

    /** Returns a licence of {@code licenseType} in {@code jurisdiction} first issued on {@code firstIssuedOn}. */
    public static License of(Jurisdiction jurisdiction, String licenseType, LocalDate firstIssuedOn) {
        return new License(null, jurisdiction, licenseType, null, firstIssuedOn, null, null, Set.of());
    }

    /** Returns a copy with the holder's name. */
    public License withHolder(String holder) {
        return new License(holder, jurisdiction, licenseType, number, firstIssuedOn, expiresOn, birthDate, roles);
    }

    /** Returns a copy with the licence number. */
    public License withNumber(String number) {
        return new License(holder, jurisdiction, licenseType, number, firstIssuedOn, expiresOn, birthDate, roles);
    }

    /** Returns a copy with the expiration date. */
    public License withExpiresOn(LocalDate expiresOn) {
        return new License(holder, jurisdiction, licenseType, number, firstIssuedOn, expiresOn, birthDate, roles);
    }

    /** Returns a copy with the holder's birth date. */
    public License withBirthDate(LocalDate birthDate) {
        return new License(holder, jurisdiction, licenseType, number, firstIssuedOn, expiresOn, birthDate, roles);
    }

    /** Returns a copy with the roles, like {@code "supervisor"}. */
    public License withRoles(Set<String> roles) {
        return new License(holder, jurisdiction, licenseType, number, firstIssuedOn, expiresOn, birthDate, roles);
    }

    /** Returns {@code "US-CA LCSW"}, the key the catalogue uses. */
    public String typeKey() {
        return jurisdiction + " " + licenseType;
    }

    @AssertTrue(message = "must not be before first_issued_on")
    boolean isExpiresOn() {
        return expiresOn == null || firstIssuedOn == null || expiresOn.isAfter(firstIssuedOn);
    }
}
