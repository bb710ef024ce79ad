package io.github.cetrack.core.store;

import io.github.cetrack.core.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A tenant: a CE platform's customer or one clinician's account.
 *
 * @param id a stable identifier chosen by the caller, like {@code "acme"}
 * @param name a display name
 */
public record Tenant(
        @NotNull @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id,
        @NotBlank @Size(max = 200) @PlainText String name) {

    /** Returns a tenant, like {@code Tenant.of("acme", "Acme Counseling")}. */
    public static Tenant of(String id, String name) {
        return new Tenant(id, name);
    }
}
