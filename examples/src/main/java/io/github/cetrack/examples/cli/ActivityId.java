package io.github.cetrack.examples.cli;

import io.github.cetrack.core.InvalidInputException;
import io.github.cetrack.core.store.StoredActivity;
import picocli.CommandLine.Parameters;

/** The {@code ID} of the commands that change one logged activity. */
final class ActivityId {

    @Parameters(paramLabel = "ID", description = "The activity's id (see: cetrack list).")
    String id;

    /** The activity in {@code tracker}'s records; bad input when they have none of that id. */
    StoredActivity in(Tracker tracker) {
        return tracker.records().activity(id)
                .orElseThrow(() -> InvalidInputException.of("ID", "is not an activity in your records (see: cetrack list)", id));
    }
}
