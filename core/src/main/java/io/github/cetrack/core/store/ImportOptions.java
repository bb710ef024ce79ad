package io.github.cetrack.core.store;

import java.time.LocalDate;

/**
 * What an import refuses besides invalid lines.
 *
 * <pre>{@code
 * records.importActivities("sam", reader, ImportFormat.CSV, ImportOptions.asOf(LocalDate.now()));
 * }</pre>
 *
 * @param completedBy the latest completion date accepted (today), or {@code null} for any date
 * @param allowDuplicates whether probable duplicates of each other or of the holder's stored
 *     activities are accepted (a genuine repeat); otherwise each is refused naming its twin
 */
public record ImportOptions(LocalDate completedBy, boolean allowDuplicates) {

    /** Accepts any date and duplicates: what {@link Records#importActivities(String, java.io.Reader, ImportFormat)} does. */
    public static final ImportOptions ANY = new ImportOptions(null, true);

    /** Refuses completion dates after {@code today} and probable duplicates. */
    public static ImportOptions asOf(LocalDate today) {
        return new ImportOptions(today, false);
    }

    /** Returns a copy that accepts or refuses probable duplicates. */
    public ImportOptions withAllowDuplicates(boolean allow) {
        return new ImportOptions(completedBy, allow);
    }
}
