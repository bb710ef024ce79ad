package io.github.cetrack.catalog;

import io.github.cetrack.core.CeActivity;
import io.github.cetrack.core.License;
import io.github.cetrack.core.RenewalCycle;
import java.util.List;

/**
 * One licence to evaluate in a batch: the licence, its activities and, optionally, the cycle (the
 * current cycle when {@code null}).
 *
 * @param license the licence
 * @param cycle the cycle to evaluate, or {@code null} for the current one
 * @param activities the holder's activities; those outside the cycle are reported, not counted
 */
public record EvaluationRequest(License license, RenewalCycle cycle, List<CeActivity> activities) {

    /** Copies the list. */
    public EvaluationRequest {
        activities = activities == null ? null : List.copyOf(activities);
    }

    /** Returns a request for the licence's current cycle. */
    public static EvaluationRequest of(License license, List<CeActivity> activities) {
        return new EvaluationRequest(license, null, activities);
    }
}
