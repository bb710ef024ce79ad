package io.github.cetrack.storage.internal;

import io.github.cetrack.core.InvalidInputException;
import io.github.cetrack.core.RenewalCycle;
import io.github.cetrack.core.store.StoredLicense;
import java.time.LocalDate;
import java.util.List;

/** Rules on explicit renewal cycles. Not API. */
final class Cycles {

    private Cycles() {}

    /** Every date falls in at most one cycle, so explicit cycles (sorted by start) must not overlap. */
    static void checkDisjoint(List<RenewalCycle> cycles) {
        for (int i = 1; i < cycles.size(); i++) {
            if (!cycles.get(i).start().isAfter(cycles.get(i - 1).end())) {
                throw InvalidInputException.of("license.cycles[" + i + "]", "must not overlap cycles[" + (i - 1) + "] ("
                        + cycles.get(i - 1) + ")", cycles.get(i).toString());
            }
        }
    }

    /** The earliest cycle end (explicit or the expiry date) between two dates. */
    static LocalDate firstEndBetween(StoredLicense license, LocalDate from, LocalDate to) {
        LocalDate best = null;
        LocalDate expires = license.license().expiresOn();
        if (expires != null && !expires.isBefore(from) && !expires.isAfter(to)) {
            best = expires;
        }
        for (RenewalCycle c : license.cycles()) {
            if (!c.end().isBefore(from) && !c.end().isAfter(to) && (best == null || c.end().isBefore(best))) {
                best = c.end();
            }
        }
        return best;
    }
}
