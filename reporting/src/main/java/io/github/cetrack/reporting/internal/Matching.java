package io.github.cetrack.reporting.internal;

import io.github.cetrack.core.CeActivity;
import io.github.cetrack.core.Evaluation;
import io.github.cetrack.core.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Pairs each activity result of an evaluation with the activity it came from. Not API. */
public final class Matching {

    private Matching() {}

    /**
     * Returns, for each of {@code evaluation.activities()} in order, the activity it was made from.
     * An activity matches by its id (or its position {@code #n} when it has none), title and date.
     */
    public static List<CeActivity> match(Evaluation evaluation, List<CeActivity> activities) {
        List<Evaluation.ActivityResult> results = evaluation.activities();
        if (results.size() != activities.size()) {
            throw InvalidInputException.of("activities", "must be the " + results.size()
                    + " activities that were evaluated", activities.size() + " activities");
        }
        boolean[] used = new boolean[activities.size()];
        List<CeActivity> matched = new ArrayList<>(results.size());
        for (Evaluation.ActivityResult r : results) {
            int found = -1;
            for (int i = 0; i < activities.size() && found < 0; i++) {
                CeActivity a = activities.get(i);
                String key = a.id() != null ? a.id() : "#" + (i + 1);
                if (!used[i] && key.equals(r.id()) && Objects.equals(a.title(), r.title())
                        && Objects.equals(a.completedOn(), r.completedOn())) {
                    found = i;
                }
            }
            if (found < 0) {
                throw InvalidInputException.of("activities", "has no activity matching the evaluated activity "
                        + r.id() + " (same id, title and date)", r.title());
            }
            used[found] = true;
            matched.add(activities.get(found));
        }
        return matched;
    }
}
