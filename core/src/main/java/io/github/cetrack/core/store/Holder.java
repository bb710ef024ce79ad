package io.github.cetrack.core.store;

import io.github.cetrack.core.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * A licence holder: the clinician whose licences and CE activities a tenant keeps.
 *
 * @param id the holder's id; {@code null} when saving a new holder lets the store choose one
 * @param name the holder's name, like {@code "Sam Lee"}
 * @param version 0 for a holder not yet saved; the store's row version otherwise
 */
public record Holder(
        @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id,
        @NotBlank @Size(max = 200) @PlainText String name,
        @PositiveOrZero long version) {

    /** Returns a new, unsaved holder, like {@code Holder.of("sam", "Sam Lee")}. */
    public static Holder of(String id, String name) {
        return new Holder(id, name, 0);
    }

    /** Returns this holder with another name, keeping id and version. */
    public Holder withName(String name) {
        return new Holder(id, name, version);
    }
}
