package io.github.cetrack.core.internal;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.SortedSet;

/**
 * An immutable sorted set of codes backed by a sorted array: iteration and lookup without the
 * tree walks of a {@code TreeSet}, which the engine does for every activity. Not API.
 */
final class Codes extends AbstractSet<String> implements SortedSet<String> {

    static final Codes EMPTY = new Codes(new String[0]);

    // Read by FastCheck, which checks the codes without an iterator.
    final String[] sorted;

    private Codes(String[] sorted) {
        this.sorted = sorted;
    }

    /** Returns the set of {@code distinctSorted}, which must be sorted and free of duplicates. */
    static Codes of(String[] distinctSorted) {
        return distinctSorted.length == 0 ? EMPTY : new Codes(distinctSorted);
    }

    @Override
    public boolean contains(Object o) {
        if (!(o instanceof String s)) {
            return false;
        }
        // Activities carry a handful of codes: a scan with equals (length check first, often the
        // same instance) beats a binary search's compareTo, which the profile showed in the engine's
        // per-activity category lookups.
        if (sorted.length <= 8) {
            for (String code : sorted) {
                if (code.equals(s)) {
                    return true;
                }
            }
            return false;
        }
        return Arrays.binarySearch(sorted, s) >= 0;
    }

    @Override
    public Iterator<String> iterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < sorted.length;
            }

            @Override
            public String next() {
                if (next >= sorted.length) {
                    throw new NoSuchElementException();
                }
                return sorted[next++];
            }
        };
    }

    @Override
    public int size() {
        return sorted.length;
    }

    @Override
    public Comparator<? super String> comparator() {
        return null;
    }

    @Override
    public SortedSet<String> subSet(String fromElement, String toElement) {
        return range(fromElement, toElement);
    }

    @Override
    public SortedSet<String> headSet(String toElement) {
        return range(null, toElement);
    }

    @Override
    public SortedSet<String> tailSet(String fromElement) {
        return range(fromElement, null);
    }

    @Override
    public String first() {
        if (sorted.length == 0) {
            throw new NoSuchElementException();
        }
        return sorted[0];
    }

    @Override
    public String last() {
        if (sorted.length == 0) {
            throw new NoSuchElementException();
        }
        return sorted[sorted.length - 1];
    }

    private SortedSet<String> range(String from, String to) {
        java.util.TreeSet<String> out = new java.util.TreeSet<>(this);
        SortedSet<String> view = from == null ? out.headSet(to) : to == null ? out.tailSet(from) : out.subSet(from, to);
        return java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(view));
    }
}
