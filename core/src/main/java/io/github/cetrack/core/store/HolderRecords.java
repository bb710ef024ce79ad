package io.github.cetrack.core.store;

import io.github.cetrack.core.CeActivity;
import java.util.ArrayList;
import java.util.List;

/**
 * One holder with everything needed to evaluate their licences: a page entry of
 * {@link Records#holderRecords}, the unit a CE platform evaluates a learner by.
 *
 * @param holder the holder
 * @param licenses the holder's licences with their explicit cycles, ordered by id; may be empty
 * @param activities the holder's activities, ordered by completion date then id
 */
public record HolderRecords(Holder holder, List<StoredLicense> licenses, List<CeActivity> activities) {

    /** Copies the lists. */
    public HolderRecords {
        licenses = List.copyOf(licenses);
        activities = List.copyOf(activities);
    }

    /** Returns one evaluation input per licence, in licence order, sharing the activity list. */
    public List<EvaluationInput> inputs() {
        List<EvaluationInput> out = new ArrayList<>(licenses.size());
        for (StoredLicense license : licenses) {
            out.add(new EvaluationInput(license, activities));
        }
        return out;
    }
}
