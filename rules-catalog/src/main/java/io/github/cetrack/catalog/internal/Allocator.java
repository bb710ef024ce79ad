package io.github.cetrack.catalog.internal;

import io.github.cetrack.core.DeliveryFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Decides how many of each activity's hours count and toward which category minimums, in
 * hundredths of an hour.
 *
 * <p>Without category overlap this is a maximum flow: source → cap group (its cap) → activity (its
 * hours) → category (unbounded) → sink (the category minimum). The flow credits as many hours to
 * category minimums as any assignment could; filling each cap group to its cap afterwards also
 * maximizes the total and the live hours, because every activity falls under at most one cap and a
 * format cap's group is all live or all not. So no other assignment of the same hours leaves a
 * smaller total shortfall.
 *
 * <p>With category overlap each counted hour is credited to every minimum its activity touches,
 * and which capped hours count is chosen twice, by the same flow and by filling in order of
 * preference, keeping the better. That is exact when each activity touches at most one minimum,
 * never worse than without overlap, and not proven optimal when activities under a cap touch
 * several minimums (that would take a linear program).
 */
final class Allocator {

    private Allocator() {}

    /**
     * What limits counting.
     *
     * @param minimums category → minimum in hundredths
     * @param formatCaps format → cap in hundredths
     * @param capCategory the single capped category, or {@code null}
     * @param categoryCap that category's cap in hundredths
     * @param overlap whether an hour may count toward several category minimums
     * @param preferApproved whether, where a cap forces a choice, hours from approved providers go first
     */
    record Limits(Map<String, Long> minimums, Map<DeliveryFormat, Long> formatCaps, String capCategory,
            long categoryCap, boolean overlap, boolean preferApproved) {}

    /** The outcome: per item, in the order given, hundredths counted, and hundredths credited per category. */
    record Plan(long[] counted, List<Map<String, Long>> credited) {}

    /** Allocates the clock hours of {@code items}, eligible activities in chronological order. */
    static Plan allocate(List<Eligibility> items, Limits limits) {
        int n = items.size();
        // Cap groups by index, in the order their first item appears; at most one per format plus one.
        List<Object> groups = new ArrayList<>(4);
        int[] group = new int[n];
        for (int i = 0; i < n; i++) {
            Object g = groupOf(items.get(i), limits);
            int index = g == null ? -1 : groups.indexOf(g);
            if (g != null && index < 0) {
                index = groups.size();
                groups.add(g);
            }
            group[i] = index;
        }
        long[] caps = new long[groups.size()];
        for (int g = 0; g < caps.length; g++) {
            caps[g] = capOf(groups.get(g), limits);
        }
        int[] order = order(items, limits);
        if (limits.overlap()) {
            return overlapping(items, limits, group, caps, order);
        }
        long[] counted = new long[n];
        Map<String, Long>[] credited = noCredit(n);
        if (!limits.minimums().isEmpty()) {
            creditByFlow(items, limits, group, caps, order, counted, credited);
        }
        fill(items, group, caps, order, counted);
        return new Plan(counted, Arrays.asList(credited));
    }

    // Where a cap forces a choice under overlap, two ways of choosing the counted hours, each then
    // credited to every minimum its course touches; the one leaving less category shortfall wins.
    // The flow serves each minimum from its own courses, so a course filed later cannot crowd out
    // one a minimum still needs; filling in order of preference (courses touching more minimums
    // first) lets one course serve two minimums, which the flow does not value. Both count the same
    // total, so only category credit differs.
    private static Plan overlapping(List<Eligibility> items, Limits limits, int[] group, long[] caps, int[] order) {
        int n = items.size();
        long[] byOrder = new long[n];
        fill(items, group, caps, order, byOrder);
        Plan best = creditOverlapping(items, limits, byOrder);
        if (!limits.minimums().isEmpty() && caps.length > 0) {
            long[] byFlow = new long[n];
            creditByFlow(items, limits, group, caps, order, byFlow, noCredit(n));
            fill(items, group, caps, order, byFlow);
            Plan flow = creditOverlapping(items, limits, byFlow);
            best = credit(flow) > credit(best) ? flow : best;
        }
        return best;
    }

    // Most activities credit no category: their map stays the shared empty one until a first put.
    @SuppressWarnings("unchecked")
    private static Map<String, Long>[] noCredit(int n) {
        Map<String, Long>[] credited = new Map[n];
        Arrays.fill(credited, Map.of());
        return credited;
    }

    private static long credit(Plan plan) {
        long sum = 0;
        for (Map<String, Long> c : plan.credited()) {
            for (long cents : c.values()) {
                sum += cents;
            }
        }
        return sum;
    }

    private static Object groupOf(Eligibility item, Limits limits) {
        if (limits.formatCaps().containsKey(item.format())) {
            return item.format();
        }
        if (limits.capCategory() != null && item.categories().contains(limits.capCategory())) {
            return limits.capCategory();
        }
        return null;
    }

    private static long capOf(Object group, Limits limits) {
        return group instanceof DeliveryFormat f ? limits.formatCaps().get(f) : limits.categoryCap();
    }

    private static void credit(Map<String, Long>[] credited, int i, String category, long cents) {
        if (credited[i].isEmpty()) {
            credited[i] = new TreeMap<>();
        }
        credited[i].put(category, cents);
    }

    private static void creditByFlow(List<Eligibility> items, Limits limits, int[] group, long[] caps, int[] order,
            long[] counted, Map<String, Long>[] credited) {
        List<String> categories = new ArrayList<>(limits.minimums().keySet());
        int n = items.size();
        int[][] edges = new int[n][];
        boolean any = false;
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < categories.size(); c++) {
                if (items.get(i).categories().contains(categories.get(c))) {
                    if (edges[i] == null) {
                        edges[i] = new int[categories.size()];
                        Arrays.fill(edges[i], -1);
                    }
                    edges[i][c] = 0;
                    any = true;
                }
            }
        }
        if (!any) {
            return; // nothing can reach a category: no flow
        }
        int source = 0;
        int sink = 1;
        int firstGroup = 2;
        int firstItem = firstGroup + caps.length;
        int firstCategory = firstItem + n;
        MaxFlow flow = new MaxFlow(firstCategory + categories.size());
        for (int g = 0; g < caps.length; g++) {
            flow.edge(source, firstGroup + g, caps[g]);
        }
        for (int i : order) {
            // An item touching no required category is a dead end: no flow can pass through it, and
            // leaving it out of the graph changes no augmenting path. The profile showed the flow
            // graph's size (two thirds of it such items) as most of the allocator's time.
            if (edges[i] == null) {
                continue;
            }
            int from = group[i] < 0 ? source : firstGroup + group[i];
            flow.edge(from, firstItem + i, items.get(i).cents());
            for (int c = 0; c < categories.size(); c++) {
                if (edges[i][c] >= 0) {
                    edges[i][c] = flow.edge(firstItem + i, firstCategory + c, MaxFlow.INFINITE);
                }
            }
        }
        for (int c = 0; c < categories.size(); c++) {
            flow.edge(firstCategory + c, sink, limits.minimums().get(categories.get(c)));
        }
        flow.run(source, sink);
        for (int i = 0; i < n; i++) {
            if (edges[i] != null) {
                for (int c = 0; c < categories.size(); c++) {
                    long sent = edges[i][c] >= 0 ? flow.flow(edges[i][c]) : 0;
                    if (sent > 0) {
                        credit(credited, i, categories.get(c), sent);
                        counted[i] += sent;
                    }
                }
            }
        }
    }

    // Counts every remaining hour that a cap leaves room for, in order of preference.
    private static void fill(List<Eligibility> items, int[] group, long[] caps, int[] order, long[] counted) {
        long[] room = caps.clone();
        for (int i = 0; i < items.size(); i++) {
            if (group[i] >= 0) {
                room[group[i]] -= counted[i];
            }
        }
        for (int i : order) {
            long wanted = items.get(i).cents() - counted[i];
            if (group[i] < 0) {
                counted[i] += wanted;
            } else {
                long take = Math.max(0, Math.min(wanted, room[group[i]]));
                counted[i] += take;
                room[group[i]] -= take;
            }
        }
    }

    private static Plan creditOverlapping(List<Eligibility> items, Limits limits, long[] counted) {
        Map<String, Long>[] credited = noCredit(items.size());
        Map<String, Long> still = new TreeMap<>(limits.minimums());
        for (int i = 0; i < items.size(); i++) {
            for (Map.Entry<String, Long> need : still.entrySet()) {
                if (items.get(i).categories().contains(need.getKey()) && need.getValue() > 0 && counted[i] > 0) {
                    long give = Math.min(counted[i], need.getValue());
                    credit(credited, i, need.getKey(), give);
                    need.setValue(need.getValue() - give);
                }
            }
        }
        return new Plan(counted, Arrays.asList(credited));
    }

    // Where a cap forces a choice: items serving more required categories first, then approved
    // providers (when that matters), then the order given (chronological).
    private static int[] order(List<Eligibility> items, Limits limits) {
        int n = items.size();
        int[] use = new int[n];
        boolean[] later = new boolean[n];
        for (int i = 0; i < n; i++) {
            for (String category : items.get(i).categories()) {
                use[i] += limits.minimums().containsKey(category) ? 1 : 0;
            }
            later[i] = limits.preferApproved() && !items.get(i).approved();
        }
        return Sort.positions(n, (x, y) -> use[x] != use[y] ? Integer.compare(use[y], use[x])
                : Boolean.compare(later[x], later[y]));
    }
}
