package io.github.cetrack.core.store;

import io.github.cetrack.core.License;
import io.github.cetrack.core.RenewalCycle;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Comparator;
import java.util.List;

/**
 * A licence as stored: the licence, whose holder it is, and the renewal cycles entered by the
 * user (when empty, cycles come from the catalogue's cycle rule).
 *
 * @param id the licence's id; {@code null} when saving a new licence lets the store choose one
 * @param holderId the holder's id
 * @param license the licence
 * @param cycles explicit renewal cycles, ordered by start; may be empty
 * @param version 0 for a licence not yet saved; the store's row version otherwise
 */
public record StoredLicense(
        @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id,
        @NotNull @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String holderId,
        @NotNull @Valid License license,
        @NotNull List<@NotNull @Valid RenewalCycle> cycles,
        @PositiveOrZero long version) {

    /** Sorts the cycles by start date. */
    public StoredLicense {
        cycles = cycles == null ? null
                : cycles.stream().sorted(Comparator.comparing(RenewalCycle::start)).toList();
    }

    /** Returns a new, unsaved licence without explicit cycles. */
    public static StoredLicense of(String id, String holderId, License license) {
        return new StoredLicense(id, holderId, license, List.of(), 0);
    }

    /** Returns this licence with other explicit cycles, keeping id and version. */
    public StoredLicense withCycles(List<RenewalCycle> cycles) {
        return new StoredLicense(id, holderId, license, cycles, version);
    }

    /** Returns this record with another licence value, keeping id, cycles and version. */
    public StoredLicense withLicense(License license) {
        return new StoredLicense(id, holderId, license, cycles, version);
    }
}
