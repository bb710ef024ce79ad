package io.github.cetrack.core.store;

import io.github.cetrack.core.CeActivity;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * A CE activity as stored. It belongs to a holder, not to one licence: the same course can count
 * toward each of the holder's licences. Its id is {@code activity.id()}.
 *
 * @param holderId the holder's id
 * @param activity the activity; a {@code null} id lets the store choose one
 * @param version 0 for an activity not yet saved; the store's row version otherwise
 */
public record StoredActivity(
        @NotNull @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String holderId,
        @NotNull @Valid CeActivity activity,
        @PositiveOrZero long version) {

    /** Returns a new, unsaved activity of a holder. */
    public static StoredActivity of(String holderId, CeActivity activity) {
        return new StoredActivity(holderId, activity, 0);
    }

    /** Returns the activity's id. */
    public String id() {
        return activity.id();
    }

    /** Returns this record with another activity value, keeping holder and version. */
    public StoredActivity withActivity(CeActivity activity) {
        return new StoredActivity(holderId, activity, version);
    }
}
