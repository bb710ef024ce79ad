package io.github.cetrack.examples.cli;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.github.cetrack.core.CeActivity;
import io.github.cetrack.core.License;
import io.github.cetrack.core.RenewalCycle;
import java.util.List;

/**
 * The file {@code cetrack evaluate} reads: a licence, optionally the cycle, and the activities.
 *
 * @param license the licence
 * @param cycle the cycle to evaluate, or absent for the current one
 * @param activities the activities
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record Input(License license, RenewalCycle cycle, List<CeActivity> activities) {

    Input {
        activities = activities == null ? List.of() : activities;
    }
}
