package io.github.cetrack.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads the tab-separated vocabulary files of core and finds the nearest code to a typo. Not API. */
public final class Vocabulary {

    private Vocabulary() {}

    /** Returns the rows of {@code resource} (next to this package's parent), skipping comments. */
    public static List<String[]> rows(String resource, int columns) {
        try (InputStream in = Vocabulary.class.getResourceAsStream("/io/github/cetrack/core/" + resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from cetrack-core");
            }
            List<String[]> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length != columns) {
                    throw new IllegalStateException(resource + ": expected " + columns + " cells: " + line);
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns the rows keyed by their first cell, in file order, refusing duplicates. */
    public static <T> Map<String, T> index(String resource, List<T> values, java.util.function.Function<T, String> key) {
        Map<String, T> out = new java.util.LinkedHashMap<>();
        for (T value : values) {
            if (out.put(key.apply(value), value) != null) {
                throw new IllegalStateException(resource + ": duplicate code " + key.apply(value));
            }
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    /**
     * Returns the candidate nearest to {@code typo} by edit distance, or {@code null} when none is
     * within a third of the typo's length (a suggestion that far off helps nobody). A candidate
     * that is the typo plus more words ({@code aswb_ace} for {@code aswb}) comes first: a code cut
     * short is closer in meaning than a short code one letter away ({@code nasw}).
     */
    public static String nearest(String typo, Collection<String> candidates) {
        for (String candidate : candidates) {
            if (!typo.isEmpty() && candidate.startsWith(typo + "_")) {
                return candidate;
            }
        }
        Map<Integer, String> best = new TreeMap<>();
        for (String candidate : candidates) {
            best.putIfAbsent(distance(typo, candidate), candidate);
        }
        if (best.isEmpty()) {
            return null;
        }
        Map.Entry<Integer, String> first = ((TreeMap<Integer, String>) best).firstEntry();
        return first.getKey() <= Math.max(2, typo.length() / 3) ? first.getValue() : null;
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
