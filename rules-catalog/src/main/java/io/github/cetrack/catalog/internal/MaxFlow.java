package io.github.cetrack.catalog.internal;

import java.util.Arrays;

/** Dinic's maximum flow on a small graph with integer capacities (hundredths of hours). */
final class MaxFlow {

    static final long INFINITE = Long.MAX_VALUE / 4;

    private final int nodes;
    private int[] head;
    private int[] next = new int[16];
    private int[] to = new int[16];
    private long[] capacity = new long[16];
    private long[] original = new long[16];
    private int edges;
    private int[] level;
    private int[] cursor;
    private int[] queue;

    MaxFlow(int nodes) {
        this.nodes = nodes;
        this.head = new int[nodes];
        Arrays.fill(head, -1);
    }

    /** Adds an edge and returns its id, for {@link #flow}. */
    int edge(int from, int target, long cap) {
        int id = add(from, target, cap);
        add(target, from, 0);
        return id;
    }

    /** Returns the flow sent along edge {@code id}. */
    long flow(int id) {
        return original[id] - capacity[id];
    }

    long run(int source, int sink) {
        long total = 0;
        level = new int[nodes];
        cursor = new int[nodes];
        queue = new int[nodes];
        while (levels(source, sink)) {
            System.arraycopy(head, 0, cursor, 0, nodes);
            long pushed;
            while ((pushed = push(source, sink, INFINITE)) > 0) {
                total += pushed;
            }
        }
        return total;
    }

    private boolean levels(int source, int sink) {
        Arrays.fill(level, -1);
        level[source] = 0;
        // Each node enters the queue at most once: an int array, no boxing.
        int[] queue = this.queue;
        int tail = 0;
        queue[tail++] = source;
        for (int head = 0; head < tail; head++) {
            int u = queue[head];
            for (int e = this.head[u]; e >= 0; e = next[e]) {
                if (capacity[e] > 0 && level[to[e]] < 0) {
                    level[to[e]] = level[u] + 1;
                    queue[tail++] = to[e];
                }
            }
        }
        return level[sink] >= 0;
    }

    private long push(int u, int sink, long limit) {
        if (u == sink) {
            return limit;
        }
        for (; cursor[u] >= 0; cursor[u] = next[cursor[u]]) {
            int e = cursor[u];
            int v = to[e];
            if (capacity[e] > 0 && level[v] == level[u] + 1) {
                long pushed = push(v, sink, Math.min(limit, capacity[e]));
                if (pushed > 0) {
                    capacity[e] -= pushed;
                    capacity[e ^ 1] += pushed;
                    return pushed;
                }
            }
        }
        return 0;
    }

    private int add(int from, int target, long cap) {
        if (edges == to.length) {
            int size = edges * 2;
            next = Arrays.copyOf(next, size);
            to = Arrays.copyOf(to, size);
            capacity = Arrays.copyOf(capacity, size);
            original = Arrays.copyOf(original, size);
        }
        to[edges] = target;
        capacity[edges] = cap;
        original[edges] = cap;
        next[edges] = head[from];
        head[from] = edges;
        return edges++;
    }
}
