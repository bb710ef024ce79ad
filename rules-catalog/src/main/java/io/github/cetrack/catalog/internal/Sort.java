package io.github.cetrack.catalog.internal;

import java.util.function.IntBinaryOperator;
import java.util.stream.IntStream;

/**
 * Sorts the few dozen things an evaluation orders (its activities, its findings, the allocator's
 * items) by position: an insertion sort over an {@code int} array. The profile showed TimSort over
 * boxed positions with a capturing comparator at 7% of the engine's time.
 */
final class Sort {

    // Up to this many, the insertion sort beats TimSort; beyond, its quadratic cost would show.
    private static final int SMALL = 64;

    private Sort() {}

    /**
     * Returns the positions {@code 0} to {@code n - 1} in the order {@code compare} gives them;
     * stable: positions that compare equal keep their order.
     */
    static int[] positions(int n, IntBinaryOperator compare) {
        if (n > SMALL) {
            return IntStream.range(0, n).boxed().sorted((x, y) -> compare.applyAsInt(x, y))
                    .mapToInt(Integer::intValue).toArray();
        }
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            int j = i;
            // i is larger than every position placed so far, so it goes after any equal one.
            while (j > 0 && compare.applyAsInt(i, order[j - 1]) < 0) {
                order[j] = order[j - 1];
                j--;
            }
            order[j] = i;
        }
        return order;
    }
}
