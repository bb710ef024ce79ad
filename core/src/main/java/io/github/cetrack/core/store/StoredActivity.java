package io.github.cetrack.core.store;

import io.github.cetrack.core.CeActivity;
import io.github.cetrack.core.internal.Sets;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Set;

/**
 * A CE activity as stored. It belongs to a holder, not to one licence: the same course can count
 * toward each of the holder's licences. Its id is {@code activity.id()}.
 *
 * @param holderId the holder's id
 * @param activity the activity; a {@code null} id lets the store choose one
 * @param version 0 for an activity not yet saved; the store's row version otherwise
 * @param unmappedTopics codes the record carried before activities were tagged with {@link
 *     io.github.cetrack.core.Topics} that are neither a topic nor an alias of one, like a typo
 *     saved long ago: kept so that nothing saved is lost, but counted toward nothing until the
 *     activity is given topics that say what they meant; usually empty
 */
public record StoredActivity(
        @NotNull @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String holderId,
        @NotNull @Valid CeActivity activity,
        @PositiveOrZero long version,
        @NotNull Set<String> unmappedTopics) {

    /** Sorts the unmapped codes; {@code null} stands for none. */
    public StoredActivity {
        unmappedTopics = Sets.codes(unmappedTopics);
    }

    /** Returns a record of the activity with no unmapped codes, as every record written since topics is. */
    public StoredActivity(String holderId, CeActivity activity, long version) {
        this(holderId, activity, version, Set.of());
    }

    /** Returns a new, unsaved activity of a holder. */
    public static StoredActivity of(String holderId, CeActivity activity) {
        return new StoredActivity(holderId, activity, 0);
    }

    /** Returns the activity's id. */
    public String id() {
        return activity.id();
    }

    /** Returns this record with another activity value, keeping holder, version and unmapped codes. */
    public StoredActivity withActivity(CeActivity activity) {
        return new StoredActivity(holderId, activity, version, unmappedTopics);
    }

    /** Returns this record with other unmapped codes; an empty set drops them once they are dealt with. */
    public StoredActivity withUnmappedTopics(Set<String> unmappedTopics) {
        return new StoredActivity(holderId, activity, version, unmappedTopics);
    }
}
