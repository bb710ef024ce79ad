package io.github.cetrack.core.store;

import io.github.cetrack.core.CeActivity;
import java.util.List;

/**
 * Everything needed to evaluate one licence: the stored licence (with any explicit cycles) and
 * every activity of its holder, ordered by completion date then id.
 *
 * @param license the stored licence
 * @param activities the holder's activities
 */
public record EvaluationInput(StoredLicense license, List<CeActivity> activities) {

    /** Copies the activity list. */
    public EvaluationInput {
        activities = List.copyOf(activities);
    }
}
