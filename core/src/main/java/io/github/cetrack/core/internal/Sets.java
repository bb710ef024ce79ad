package io.github.cetrack.core.internal;

import java.util.Collection;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/** Immutable sorted sets, so that equal inputs give byte-identical JSON. Not API. */
public final class Sets {

    private Sets() {}

    /** Returns the codes normalized by {@link Names#code}, sorted, without nulls and blanks. */
    public static SortedSet<String> codes(Collection<String> values) {
        TreeSet<String> out = new TreeSet<>();
        if (values != null) {
            values.stream().filter(Objects::nonNull).map(Names::code).filter(s -> !s.isEmpty()).forEach(out::add);
        }
        return Collections.unmodifiableSortedSet(out);
    }
}
