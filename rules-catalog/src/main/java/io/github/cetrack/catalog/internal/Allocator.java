package io.github.cetrack.catalog.internal;

import io.github.cetrack.core.DeliveryFormat;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 */
final class Allocator {

    private Allocator() {}

    /** An eligible activity: its clock hours in hundredths and what caps and minimums it touches. */
    record Item(long cents, DeliveryFormat format, Set<String> categories, boolean approved) {}

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

    /** The outcome: per item, hundredths counted, and hundredths credited per category. */
    record Plan(long[] counted, List<Map<String, Long>> credited) {}

    static Plan allocate(List<Item> items, Limits limits) {
        int n = items.size();
        long[] counted = new long[n];
        List<Map<String, Long>> credited = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            credited.add(new TreeMap<>());
        }
        Map<Object, Long> caps = new LinkedHashMap<>();
        Object[] group = new Object[n];
        for (int i = 0; i < n; i++) {
            group[i] = groupOf(items.get(i), limits);
            if (group[i] != null) {
                caps.put(group[i], capOf(group[i], limits));
            }
        }
        if (!limits.overlap() && !limits.minimums().isEmpty()) {
            creditByFlow(items, limits, group, caps, counted, credited);
        }
        fill(items, limits, group, caps, counted);
        if (limits.overlap()) {
            creditOverlapping(items, limits, counted, credited);
        }
        return new Plan(counted, credited);
    }

    private static Object groupOf(Item item, Limits limits) {
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

    private static void creditByFlow(List<Item> items, Limits limits, Object[] group, Map<Object, Long> caps,
            long[] counted, List<Map<String, Long>> credited) {
        List<String> categories = new ArrayList<>(limits.minimums().keySet());
        List<Object> groups = new ArrayList<>(caps.keySet());
        int n = items.size();
        int source = 0;
        int sink = 1;
        int firstGroup = 2;
        int firstItem = firstGroup + groups.size();
        int firstCategory = firstItem + n;
        MaxFlow flow = new MaxFlow(firstCategory + categories.size());
        for (int g = 0; g < groups.size(); g++) {
            flow.edge(source, firstGroup + g, caps.get(groups.get(g)));
        }
        Map<Integer, Map<String, Integer>> edges = new LinkedHashMap<>();
        for (int i : order(items, limits)) {
            Item item = items.get(i);
            int from = group[i] == null ? source : firstGroup + groups.indexOf(group[i]);
            flow.edge(from, firstItem + i, item.cents());
            for (int c = 0; c < categories.size(); c++) {
                if (item.categories().contains(categories.get(c))) {
                    int id = flow.edge(firstItem + i, firstCategory + c, MaxFlow.INFINITE);
                    edges.computeIfAbsent(i, k -> new TreeMap<>()).put(categories.get(c), id);
                }
            }
        }
        for (int c = 0; c < categories.size(); c++) {
            flow.edge(firstCategory + c, sink, limits.minimums().get(categories.get(c)));
        }
        flow.run(source, sink);
        edges.forEach((i, byCategory) -> byCategory.forEach((category, id) -> {
            long sent = flow.flow(id);
            if (sent > 0) {
                credited.get(i).put(category, sent);
                counted[i] += sent;
            }
        }));
    }

    // Counts every remaining hour that a cap leaves room for, in order of preference.
    private static void fill(List<Item> items, Limits limits, Object[] group, Map<Object, Long> caps,
            long[] counted) {
        Map<Object, Long> room = new LinkedHashMap<>(caps);
        for (int i = 0; i < items.size(); i++) {
            if (group[i] != null) {
                room.merge(group[i], -counted[i], Long::sum);
            }
        }
        for (int i : order(items, limits)) {
            long wanted = items.get(i).cents() - counted[i];
            if (group[i] == null) {
                counted[i] += wanted;
            } else {
                long take = Math.max(0, Math.min(wanted, room.get(group[i])));
                counted[i] += take;
                room.merge(group[i], -take, Long::sum);
            }
        }
    }

    private static void creditOverlapping(List<Item> items, Limits limits, long[] counted,
            List<Map<String, Long>> credited) {
        Map<String, Long> still = new TreeMap<>(limits.minimums());
        for (int i = 0; i < items.size(); i++) {
            for (Map.Entry<String, Long> need : still.entrySet()) {
                if (items.get(i).categories().contains(need.getKey()) && need.getValue() > 0 && counted[i] > 0) {
                    long give = Math.min(counted[i], need.getValue());
                    credited.get(i).put(need.getKey(), give);
                    need.setValue(need.getValue() - give);
                }
            }
        }
    }

    // Where a cap forces a choice: items serving more required categories first, then approved
    // providers (when that matters), then the order given (chronological).
    private static List<Integer> order(List<Item> items, Limits limits) {
        int n = items.size();
        int[] use = new int[n];
        List<Integer> order = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            order.add(i);
            for (String category : items.get(i).categories()) {
                use[i] += limits.minimums().containsKey(category) ? 1 : 0;
            }
        }
        order.sort((x, y) -> {
            int byUse = Integer.compare(use[y], use[x]);
            if (byUse != 0) {
                return byUse;
            }
            int byApproval = Boolean.compare(limits.preferApproved() && !items.get(x).approved(),
                    limits.preferApproved() && !items.get(y).approved());
            return byApproval != 0 ? byApproval : Integer.compare(x, y);
        });
        return order;
    }

    static Map<DeliveryFormat, Long> noFormatCaps() {
        return new EnumMap<>(DeliveryFormat.class);
    }
}
