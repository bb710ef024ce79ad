package io.github.cetrack.catalog;

import io.github.cetrack.core.Confidence;
import io.github.cetrack.core.Jurisdiction;
import io.github.cetrack.core.Profession;
import java.util.List;

/**
 * What the catalogue covers for one jurisdiction and profession: the licence types it knows and how
 * sure it is of them, or why it has none yet.
 *
 * <pre>{@code
 * for (Coverage c : catalog.coverage()) {
 *     System.out.println(c.jurisdiction() + " " + c.profession() + ": "
 *             + (c.covered() ? c.types() + " (" + c.confidence() + ")" : "not yet: " + c.reason()));
 * }
 * }</pre>
 *
 * @param jurisdiction the jurisdiction
 * @param profession the profession
 * @param types the licence type codes covered, like {@code [LCSW]}; empty when not covered
 * @param confidence {@link Confidence#SECONDARY} when any value for those types rests on secondary
 *     sources; {@code null} when not covered
 * @param reason why it is not covered (or which licences are left out); {@code null} when nothing is
 *     left out
 */
public record Coverage(Jurisdiction jurisdiction, Profession profession, List<String> types, Confidence confidence,
        String reason) {

    /** Copies the list. */
    public Coverage {
        types = List.copyOf(types);
    }

    /** Returns whether the catalogue covers at least one licence type of this profession here. */
    public boolean covered() {
        return !types.isEmpty();
    }
}
