package io.github.cetrack.core.internal;

import java.util.Collection;
import java.util.SortedSet;
import java.util.TreeSet;

/** Immutable sorted sets, so that equal inputs give byte-identical JSON. Not API. */
public final class Sets {

    private Sets() {}

    /** Returns the codes normalized by {@link Names#code}, sorted, without nulls and blanks. */
    public static SortedSet<String> codes(Collection<String> values) {
        if (values instanceof Codes already) {
            return already;
        }
        if (values == null || values.isEmpty()) {
            return Codes.EMPTY;
        }
        TreeSet<String> out = new TreeSet<>();
        for (String value : values) {
            if (value != null) {
                String code = Names.code(value);
                if (!code.isEmpty()) {
                    out.add(code);
                }
            }
        }
        return Codes.of(out.toArray(new String[0]));
    }
}
