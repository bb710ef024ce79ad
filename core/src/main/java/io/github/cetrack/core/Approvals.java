package io.github.cetrack.core;

import io.github.cetrack.core.internal.Vocabulary;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The closed vocabulary of provider approvals shared by every jurisdiction: national bodies and
 * state ones.
 *
 * <pre>{@code
 * Approvals.find("nbcc");       // Optional[Approval[code=nbcc, label=National Board ..., jurisdiction=null]]
 * Approvals.problem("aswbace"); // "is not a known provider approval; did you mean aswb_ace?"
 * }</pre>
 */
public final class Approvals {

    private static final Map<String, Approval> ALL = Vocabulary.index("approvals.tsv",
            Vocabulary.rows("approvals.tsv", 3).stream()
                    .map(r -> new Approval(r[0], r[1], r[2].isEmpty() ? null : Jurisdiction.of(r[2]))).toList(),
            Approval::code);

    private Approvals() {}

    /** Returns every approval, national ones first, in the vocabulary's order. */
    public static List<Approval> all() {
        return List.copyOf(ALL.values());
    }

    /** Returns the approval {@code code}, if the vocabulary has it. */
    public static Optional<Approval> find(String code) {
        return Optional.ofNullable(code == null ? null : ALL.get(code));
    }

    /** Returns whether {@code code} is an approval of the vocabulary. */
    public static boolean isKnown(String code) {
        return code != null && ALL.containsKey(code);
    }

    /**
     * Returns why {@code code} is refused, naming the nearest known approval, or {@code null} when it
     * is known.
     */
    public static String problem(String code) {
        if (isKnown(code)) {
            return null;
        }
        String near = Vocabulary.nearest(String.valueOf(code), ALL.keySet());
        return "is not a known provider approval" + (near == null ? "" : "; did you mean " + near + "?")
                + " (`cetrack catalog approvals` lists them)";
    }
}
